package dev.tarjama.internal.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Prompt-cache reads that LangChain4j reads past: its Gemini module drops {@code usageMetadata.cachedContentTokenCount}
 * from the answer. The HTTP client notes the count from the response body on the thread that made the call — a chat
 * call is one synchronous exchange on that thread, LangChain4j's own retries being off — and {@link ChatModelCall}
 * takes it back with the answer.
 */
final class CacheReads {
    private static final String FIELD = "cachedContentTokenCount";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ThreadLocal<Long> NOTED = new ThreadLocal<>();

    private CacheReads() {}

    /** Notes Gemini's count of cached input tokens, if {@code body} is an answer that reports one. */
    static void noteFrom(String body) {
        if (!body.contains(FIELD)) {
            return;
        }
        try {
            JsonNode count = JSON.readTree(body).path("usageMetadata").path(FIELD);
            if (count.canConvertToLong()) {
                NOTED.set(count.asLong());
            }
        } catch (JsonProcessingException e) {
            // not JSON: the model layer reports that itself
        }
    }

    static void clear() {
        NOTED.remove();
    }

    /** The count noted on this thread since {@link #clear()}, 0 if none; forgotten once taken. */
    static long take() {
        Long noted = NOTED.get();
        NOTED.remove();
        return noted == null ? 0 : noted;
    }
}
