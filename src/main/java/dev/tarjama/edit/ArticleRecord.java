package dev.tarjama.edit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tarjama.model.Article;
import dev.tarjama.model.BackendInfo;
import dev.tarjama.model.Brief;
import dev.tarjama.model.Flag;
import dev.tarjama.model.GlossaryEntry;
import dev.tarjama.model.Paragraph;
import dev.tarjama.model.ParagraphKind;
import dev.tarjama.model.ParagraphStatus;
import dev.tarjama.model.SourceInfo;
import dev.tarjama.model.TranslatedArticle;
import dev.tarjama.model.TranslatedParagraph;
import dev.tarjama.model.Usage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An {@code article.json} read back into the article the renderers take, so the other outputs can be written again
 * from it. What the record does not keep (the text of each segment of an over-long paragraph) is not needed by any
 * rendering but {@code article.json} itself, which is edited in place rather than rewritten.
 */
final class ArticleRecord {
    private ArticleRecord() {}

    static TranslatedArticle read(JsonNode root) {
        JsonNode source = root.path("source");
        List<Paragraph> paragraphs = new ArrayList<>();
        List<TranslatedParagraph> translated = new ArrayList<>();
        for (JsonNode p : root.path("paragraphs")) {
            String text = p.path("source").asText();
            Paragraph paragraph = new Paragraph(
                    p.path("index").asInt(),
                    ParagraphKind.valueOf(p.path("kind").asText("body").toUpperCase(Locale.ROOT)),
                    text,
                    List.of(text));
            paragraphs.add(paragraph);
            List<Flag> flags = new ArrayList<>();
            for (JsonNode check : p.path("checks")) {
                flags.add(new Flag(
                        check.path("check").asText(), check.path("message").asText()));
            }
            ParagraphStatus status =
                    ParagraphStatus.valueOf(p.path("status").asText("ok").toUpperCase(Locale.ROOT));
            translated.add(new TranslatedParagraph(
                    paragraph,
                    text(p, "translation"),
                    text(p, "summary"),
                    status,
                    text(p, "error"),
                    flags,
                    p.path("rechecked").asBoolean(),
                    p.path("edited_by").asText().equals("human") && p.hasNonNull("edited_at")
                            ? Instant.parse(p.path("edited_at").asText())
                            : null));
        }
        Article article = new Article(
                source.path("input").asText(),
                source.path("title").asText(""),
                source.path("language").asText(),
                source.path("charset").asText(""),
                paragraphs,
                new SourceInfo(
                        text(source, "url"),
                        text(source, "canonical_url"),
                        text(source, "published"),
                        text(source, "byline"),
                        text(source, "site_name")));
        JsonNode backend = root.path("backend");
        Map<String, String> prompts = new LinkedHashMap<>();
        root.path("prompts")
                .fields()
                .forEachRemaining(e -> prompts.put(e.getKey(), e.getValue().asText()));
        JsonNode usage = root.path("usage");
        JsonNode output = root.path("output");
        TranslatedArticle record = new TranslatedArticle(
                article,
                root.path("target_language").asText("en"),
                new BackendInfo(
                        backend.path("provider").asText(), backend.path("model").asText(), text(backend, "base_url")),
                prompts,
                Instant.parse(root.path("created_at").asText()),
                translated,
                brief(root.path("brief")),
                text(root, "brief_error"),
                new Usage(
                        usage.path("requests").asLong(),
                        usage.path("retries").asLong(),
                        usage.path("cache_hits").asLong(),
                        usage.path("input_tokens").asLong(),
                        usage.path("output_tokens").asLong(),
                        usage.path("cached_input_tokens").asLong(),
                        usage.path("paragraph_input_tokens").asLong(),
                        usage.path("cost_usd").isNumber()
                                ? usage.path("cost_usd").asDouble()
                                : null),
                root.path("interrupted").asBoolean(),
                glossary(root.path("glossary")));
        return output.isObject()
                ? record.placed(new TranslatedArticle.Placement(
                        output.path("folder").asText(), output.path("input_id").asText()))
                : record;
    }

    private static Brief brief(JsonNode brief) {
        if (!brief.isObject()) {
            return null;
        }
        List<Brief.KeyPoint> points = new ArrayList<>();
        for (JsonNode p : brief.path("key_points_cited")) {
            points.add(new Brief.KeyPoint(p.path("text").asText(), ints(p.path("sources")), strings(p.path("checks"))));
        }
        List<Brief.KeyFigure> figures = new ArrayList<>();
        for (JsonNode f : brief.path("key_figures")) {
            figures.add(new Brief.KeyFigure(
                    f.path("figure").asText(),
                    f.path("context").asText(""),
                    ints(f.path("sources")),
                    strings(f.path("checks"))));
        }
        List<Brief.Entity> entities = new ArrayList<>();
        for (JsonNode e : brief.path("entities")) {
            entities.add(new Brief.Entity(
                    e.path("name").asText(),
                    e.path("original").asText(""),
                    e.path("type").asText("other")));
        }
        return new Brief(brief.path("headline").asText(), brief.path("summary").asText(), points, figures, entities);
    }

    private static List<GlossaryEntry> glossary(JsonNode glossary) {
        List<GlossaryEntry> entries = new ArrayList<>();
        for (JsonNode g : glossary) {
            entries.add(new GlossaryEntry(
                    g.path("source").asText(),
                    g.path("target").asText(),
                    text(g, "type"),
                    text(g, "note"),
                    text(g, "origin")));
        }
        return entries;
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asInt()));
        return values;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
