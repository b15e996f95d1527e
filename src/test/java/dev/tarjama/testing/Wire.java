package dev.tarjama.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/** How each provider's API looks on the wire: where its requests go, how they carry messages, how it answers. */
public enum Wire {
    OPENAI("/v1", "OPENAI_API_KEY", "OPENAI_BASE_URL") {
        @Override
        String system(JsonNode body) {
            return body.path("messages").get(0).path("content").asText();
        }

        @Override
        String user(JsonNode body) {
            return body.path("messages").size() > 1
                    ? body.path("messages").get(1).path("content").asText()
                    : "";
        }

        @Override
        String credential(RecordedRequest request) {
            return request.getHeader("Authorization");
        }

        @Override
        ObjectNode answer(String content, int in, int out, int cached) {
            ObjectNode body = JSON.createObjectNode();
            body.put("id", "chatcmpl-test")
                    .put("object", "chat.completion")
                    .put("created", 1_700_000_000L)
                    .put("model", "gpt-test");
            ObjectNode choice = body.putArray("choices").addObject();
            choice.put("index", 0);
            choice.putObject("message").put("role", "assistant").put("content", content);
            choice.put("finish_reason", "stop");
            ObjectNode usage = body.putObject("usage")
                    .put("prompt_tokens", in)
                    .put("completion_tokens", out)
                    .put("total_tokens", in + out);
            if (cached > 0) {
                usage.putObject("prompt_tokens_details").put("cached_tokens", cached);
            }
            return body;
        }

        @Override
        String errorBody(int status, String message) {
            return "{\"error\":{\"message\":" + quote(message) + ",\"type\":\"test\"}}";
        }
    },
    ANTHROPIC("/v1", "ANTHROPIC_API_KEY", "ANTHROPIC_BASE_URL") {
        @Override
        String system(JsonNode body) {
            JsonNode system = body.path("system");
            return system.isArray() ? system.get(0).path("text").asText() : system.asText();
        }

        @Override
        String user(JsonNode body) {
            JsonNode content = body.path("messages").get(0).path("content");
            return content.isArray() ? content.get(0).path("text").asText() : content.asText();
        }

        @Override
        String credential(RecordedRequest request) {
            return request.getHeader("x-api-key");
        }

        @Override
        ObjectNode answer(String content, int in, int out, int cached) {
            ObjectNode body = JSON.createObjectNode();
            body.put("id", "msg_test")
                    .put("type", "message")
                    .put("role", "assistant")
                    .put("model", "claude-test");
            body.putArray("content").addObject().put("type", "text").put("text", content);
            body.put("stop_reason", "end_turn");
            // Anthropic reports cache reads beside the input, not inside it
            body.putObject("usage")
                    .put("input_tokens", in - cached)
                    .put("output_tokens", out)
                    .put("cache_read_input_tokens", cached);
            return body;
        }

        @Override
        String errorBody(int status, String message) {
            return "{\"type\":\"error\",\"error\":{\"type\":\"test_error\",\"message\":" + quote(message) + "}}";
        }
    },
    GEMINI("/v1beta", "GEMINI_API_KEY", "GEMINI_BASE_URL") {
        @Override
        String system(JsonNode body) {
            return body.path("systemInstruction")
                    .path("parts")
                    .get(0)
                    .path("text")
                    .asText();
        }

        @Override
        String user(JsonNode body) {
            return body.path("contents")
                    .get(0)
                    .path("parts")
                    .get(0)
                    .path("text")
                    .asText();
        }

        @Override
        String credential(RecordedRequest request) {
            return request.getHeader("x-goog-api-key");
        }

        @Override
        ObjectNode answer(String content, int in, int out, int cached) {
            ObjectNode body = JSON.createObjectNode();
            ObjectNode candidate = body.putArray("candidates").addObject();
            candidate
                    .putObject("content")
                    .put("role", "model")
                    .putArray("parts")
                    .addObject()
                    .put("text", content);
            candidate.put("finishReason", "STOP").put("index", 0);
            ObjectNode usage = body.putObject("usageMetadata")
                    .put("promptTokenCount", in)
                    .put("candidatesTokenCount", out)
                    .put("totalTokenCount", in + out);
            if (cached > 0) { // counted inside promptTokenCount, as Gemini does
                usage.put("cachedContentTokenCount", cached);
            }
            body.put("modelVersion", "gemini-test");
            return body;
        }

        @Override
        String errorBody(int status, String message) {
            return "{\"error\":{\"code\":" + status + ",\"message\":" + quote(message) + ",\"status\":\"TEST\"}}";
        }
    },
    OLLAMA("", null, "OLLAMA_HOST") {
        @Override
        String system(JsonNode body) {
            return OPENAI.system(body);
        }

        @Override
        String user(JsonNode body) {
            return OPENAI.user(body);
        }

        @Override
        String credential(RecordedRequest request) {
            return request.getHeader("Authorization");
        }

        @Override
        ObjectNode answer(String content, int in, int out, int cached) {
            ObjectNode body = JSON.createObjectNode();
            body.put("model", "qwen-test").put("created_at", "2026-11-29T10:00:00Z");
            body.putObject("message").put("role", "assistant").put("content", content);
            body.put("done", true)
                    .put("done_reason", "stop")
                    .put("prompt_eval_count", in)
                    .put("eval_count", out);
            return body;
        }

        @Override
        String errorBody(int status, String message) {
            return "{\"error\":" + quote(message) + "}";
        }
    };

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The path prefix of the API root on the fake server. */
    final String root;
    /** The variable holding the key, or null when the provider takes none. */
    public final String keyVariable;
    /** The variable pointing tarjama at the server. */
    public final String urlVariable;

    Wire(String root, String keyVariable, String urlVariable) {
        this.root = root;
        this.keyVariable = keyVariable;
        this.urlVariable = urlVariable;
    }

    /** The path prefix of the API root on the fake server ("/v1", "/v1beta", "" for Ollama). */
    public String prefix() {
        return root;
    }

    abstract String system(JsonNode body);

    abstract String user(JsonNode body);

    abstract String credential(RecordedRequest request);

    /** @param cached the part of the input the provider served from its prompt cache */
    abstract ObjectNode answer(String content, int inputTokens, int outputTokens, int cached);

    abstract String errorBody(int status, String message);

    MockResponse completion(String content, int in, int out) {
        return completion(content, in, out, 0);
    }

    MockResponse completion(String content, int in, int out, int cached) {
        return new MockResponse()
                .setHeader("Content-Type", "application/json")
                .setBody(answer(content, in, out, cached).toString());
    }

    MockResponse error(int status, String message) {
        return new MockResponse()
                .setResponseCode(status)
                .setHeader("Content-Type", "application/json")
                .setBody(errorBody(status, message));
    }

    static String quote(String text) {
        return JSON.valueToTree(text).toString();
    }

    /** The request kind, by the instructions the prompt templates give. */
    public static String kind(String system) {
        if (system.contains("senior reviewer")) {
            return "paragraph_review";
        }
        if (system.contains("terminologist")) {
            return "article_glossary";
        }
        if (system.contains("news editor")) {
            return "article_brief";
        }
        if (system.contains("news translator") && system.contains("the paragraphs block")) {
            return "paragraph_batch";
        }
        if (system.contains("news translator")) {
            return "paragraph_translation";
        }
        return "unknown";
    }

    /** Environment variables that point tarjama at {@code baseUrl} with {@code key}. */
    Map<String, String> variables(String baseUrl, String key) {
        return keyVariable == null ? Map.of(urlVariable, baseUrl) : Map.of(keyVariable, key, urlVariable, baseUrl);
    }
}
