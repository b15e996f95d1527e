package dev.tarjama.internal.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The answers a dry run stands in for the model's: the right JSON shape, with text of about the expected length
 * (each " word" is one token), so that the requests built from them — the brief carries every translation — are
 * counted at their real size.
 */
final class Placeholders {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Placeholders() {}

    /** @param tokens the translation's length */
    static String translation(int tokens) {
        ObjectNode answer = JSON.createObjectNode();
        answer.put("translation", words(Math.max(1, tokens)));
        answer.put("summary", words(15));
        answer.putArray("terms");
        return answer.toString();
    }

    static String glossary() {
        return "{\"terms\":[]}";
    }

    /** Five key points and three figures, as a brief has: a brief written over part briefs is built from them. */
    static String brief() {
        ObjectNode answer = JSON.createObjectNode().put("headline", words(12)).put("summary", words(60));
        var points = answer.putArray("key_points");
        for (int i = 0; i < 5; i++) {
            points.addObject().put("text", words(15)).putArray("sources").add(0);
        }
        var figures = answer.putArray("key_figures");
        for (int i = 0; i < 3; i++) {
            figures.addObject()
                    .put("figure", words(3))
                    .put("context", words(8))
                    .putArray("sources")
                    .add(0);
        }
        answer.putArray("entities");
        return answer.toString();
    }

    static String words(int count) {
        return "word ".repeat(count).strip();
    }
}
