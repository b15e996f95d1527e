package dev.tarjama.internal.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tarjama.internal.llm.MalformedAnswerException;
import dev.tarjama.internal.text.ControlCharacters;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the JSON object a model was asked for. Models in JSON mode answer with the bare object; others wrap it
 * in a Markdown code fence or a sentence, which is tolerated. Anything else — truncated or invalid JSON, a
 * missing field — is a {@link MalformedAnswerException}, and the request is retried.
 */
final class JsonAnswers {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonAnswers() {}

    static JsonNode object(String answer, String what) {
        String text = answer.strip();
        JsonNode node = tryParse(text);
        if (node == null) {
            int start = text.indexOf('{');
            int end = text.lastIndexOf('}');
            node = start >= 0 && end > start ? tryParse(text.substring(start, end + 1)) : null;
        }
        if (node == null || !node.isObject()) {
            throw new MalformedAnswerException(what + ": the answer is not a complete JSON object (truncated?)");
        }
        return node;
    }

    static String requiredText(JsonNode object, String field, String what) {
        JsonNode value = object.get(field);
        String text = value == null || !value.isTextual()
                ? ""
                : ControlCharacters.strip(value.asText()).strip();
        if (text.isEmpty()) {
            throw new MalformedAnswerException(what + ": the model answered with no " + field + " field");
        }
        return text;
    }

    static String optionalText(JsonNode object, String field) {
        JsonNode value = object.get(field);
        // a model's text is untrusted: no escape sequence or bidi override of it reaches an output or a terminal
        return value == null || value.isNull()
                ? ""
                : ControlCharacters.strip(value.asText()).strip();
    }

    static List<JsonNode> array(JsonNode object, String field) {
        List<JsonNode> items = new ArrayList<>();
        JsonNode value = object.get(field);
        if (value != null && value.isArray()) {
            value.forEach(items::add);
        }
        return items;
    }

    private static JsonNode tryParse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
