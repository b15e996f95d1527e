package dev.tarjama.internal.llm;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;

/**
 * Counts tokens the way OpenAI's current models do (o200k). Other providers tokenise differently, but within
 * a margin that is fine for rate limiting and estimates.
 */
public final class TokenEstimator {
    /** Per-message framing the APIs add around each message. */
    private static final int PER_MESSAGE = 4;

    private static final Encoding O200K = Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.O200K_BASE);

    private TokenEstimator() {}

    public static int count(String text) {
        return O200K.countTokens(text);
    }

    /** Input tokens of a request: its system and user messages. */
    public static int input(ChatRequest request) {
        int total = 0;
        for (ChatMessage message : request.messages()) {
            if (message instanceof SystemMessage system) {
                total += count(system.text()) + PER_MESSAGE;
            } else if (message instanceof UserMessage user && user.hasSingleText()) {
                total += count(user.singleText()) + PER_MESSAGE;
            }
        }
        return total;
    }
}
