package dev.tarjama.internal.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.tarjama.model.GlossaryEntry;
import java.util.List;
import java.util.Locale;

/**
 * The names and terms a translation answer lists beside its text, with the rendering it used: the article's
 * glossary is gathered from them, at no extra input, instead of from a request that reads the whole article again.
 */
final class Terms {
    static final JsonArraySchema SCHEMA = JsonArraySchema.builder()
            .description("the names and recurring or coined terms the text contains, with the rendering used")
            .items(JsonObjectSchema.builder()
                    .addStringProperty("source", "the term exactly as the text writes it, without prefixed particles")
                    .addStringProperty("target", "the rendering the translation uses")
                    .addEnumProperty("type", GlossaryRequests.TYPES)
                    .required("source", "target", "type")
                    .additionalProperties(false)
                    .build())
            .build();

    private Terms() {}

    /** The well-formed terms of {@code field} in {@code json}; none when the model gave none. */
    static List<GlossaryEntry> parse(JsonNode json, String field) {
        return JsonAnswers.array(json, field).stream()
                .filter(JsonNode::isObject)
                .map(t -> new GlossaryEntry(
                        JsonAnswers.optionalText(t, "source"),
                        JsonAnswers.optionalText(t, "target"),
                        type(JsonAnswers.optionalText(t, "type")),
                        JsonAnswers.optionalText(t, "note"),
                        "article"))
                .filter(e -> !e.source().isEmpty() && !e.target().isEmpty())
                .toList();
    }

    /** The terms as the JSON a segment's cached answer keeps. */
    static ArrayNode json(List<GlossaryEntry> terms) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (GlossaryEntry term : terms) {
            array.addObject()
                    .put("source", term.source())
                    .put("target", term.target())
                    .put("type", term.type());
        }
        return array;
    }

    static String type(String type) {
        String t = type.toLowerCase(Locale.ROOT).replace("organisation", "organization");
        return GlossaryRequests.TYPES.contains(t) ? t : "other";
    }
}
