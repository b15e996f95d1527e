package dev.tarjama.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tarjama.model.ArticleState;
import dev.tarjama.model.WatchedArticle;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code status --json}: {@code {"sources": [{"source", "articles", "states": {...}}], "items": [{"id", "source",
 * "title", "status", "attempts", "last_error", "next_attempt", "folder", "published", "translated_at"}]}} — field
 * names are a contract; fields may be added, never renamed.
 */
final class StatusJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private StatusJson() {}

    static String of(List<WatchedArticle> articles) {
        ObjectNode root = JSON.createObjectNode();
        Map<String, Map<String, Integer>> bySource = new TreeMap<>();
        for (WatchedArticle a : articles) {
            bySource.computeIfAbsent(a.source(), s -> new TreeMap<>())
                    .merge(a.state().jsonName(), 1, Integer::sum);
        }
        ArrayNode sources = root.putArray("sources");
        bySource.forEach((name, states) -> {
            ObjectNode source = sources.addObject().put("source", name);
            source.put(
                    "articles",
                    states.values().stream().mapToInt(Integer::intValue).sum());
            ObjectNode counts = source.putObject("states");
            for (ArticleState state : ArticleState.values()) {
                counts.put(state.jsonName(), states.getOrDefault(state.jsonName(), 0));
            }
        });
        ArrayNode items = root.putArray("items");
        for (WatchedArticle a : articles) {
            items.addObject()
                    .put("id", a.id())
                    .put("source", a.source())
                    .put("title", a.title())
                    .put("status", a.state().jsonName())
                    .put("attempts", a.attempts())
                    .put("last_error", a.lastError())
                    .put("next_attempt", text(a.nextAttempt()))
                    .put("folder", a.folder())
                    .put("published", text(a.published()))
                    .put("translated_at", text(a.translatedAt()));
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }
}
