package dev.tarjama.pipeline;

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

    static String translation(int tokens) {
        ObjectNode answer = JSON.createObjectNode();
        answer.put("translation", words(Math.max(1, tokens - 25)));
        answer.put("summary", words(15));
        return answer.toString();
    }

    static String glossary() {
        return "{\"terms\":[]}";
    }

    static String brief() {
        return "{\"headline\":\"" + words(12) + "\",\"summary\":\"" + words(60)
                + "\",\"key_points\":[],\"key_figures\":[],\"entities\":[]}";
    }

    static String words(int count) {
        return "word ".repeat(count).strip();
    }
}
