package dev.tarjama.internal.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code article.json}, read and written in one place: the machine-readable record of a translated article. Its field
 * names are a contract with users' scripts (see the README): fields may be added, never renamed. It never contains a
 * credential. The renderer writes it; a person's edits, an XLIFF import and the review desk read it back.
 */
public final class ArticleRecord {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ArticleRecord() {}

    /**
     * The record in {@code file}.
     *
     * @throws IOException when it cannot be read or is not a record tarjama wrote
     */
    public static TranslatedArticle read(Path file) throws IOException {
        try {
            return read(MAPPER.readTree(Files.readString(file)));
        } catch (RuntimeException e) {
            throw new IOException(file + ": not an article record (" + e.getMessage() + ")", e);
        }
    }

    private static void ids(ArrayNode array, java.util.List<Integer> ids) {
        ids.forEach(array::add);
    }

    private static void strings(ArrayNode array, java.util.List<String> values) {
        values.forEach(array::add);
    }

    /** The record of {@code a}, as {@code article.json} holds it. */
    public static ObjectNode toJson(TranslatedArticle a) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode source = root.putObject("source");
        source.put("input", a.article().input());
        source.put("title", a.article().title());
        source.put("language", a.article().language());
        source.put("charset", a.article().charset());
        var published = a.article().source();
        source.put("url", published.url());
        source.put("canonical_url", published.canonicalUrl());
        source.put("published", published.published());
        source.put("byline", published.byline());
        source.put("site_name", published.siteName());
        root.put("target_language", a.targetLanguage());
        ObjectNode backend = root.putObject("backend");
        backend.put("provider", a.backend().provider());
        backend.put("model", a.backend().model());
        backend.put("base_url", a.backend().baseUrl());
        ObjectNode prompts = root.putObject("prompts");
        a.promptVersions().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> prompts.put(e.getKey(), e.getValue()));
        root.put("created_at", a.createdAt().toString());

        ArrayNode paragraphs = root.putArray("paragraphs");
        for (TranslatedParagraph p : a.paragraphs()) {
            ObjectNode node = paragraphs.addObject();
            node.put("index", p.index());
            node.put("kind", p.source().kind().jsonName());
            node.put("source", p.source().text());
            node.put("translation", p.translation());
            node.put("summary", p.summary());
            node.put("status", p.status().jsonName());
            node.put("error", p.error());
            node.put("segments", p.source().segments().size());
            if (p.source().segments().size() > 1) { // what the paragraph was cut into, so a rewrite keeps it
                strings(node.putArray("segment_texts"), p.source().segments());
            }
            ArrayNode checks = node.putArray("checks");
            p.flags().forEach(f -> checks.addObject().put("check", f.check()).put("message", f.message()));
            node.put("rechecked", p.rechecked());
            if (p.isEdited()) {
                node.put("edited_by", "human");
                node.put("edited_at", p.editedAt().toString());
                if (p.modelText() != null) {
                    node.put("model_translation", p.modelText());
                }
            }
        }

        Brief brief = a.brief();
        if (brief == null) {
            root.putNull("brief");
        } else {
            ObjectNode b = root.putObject("brief");
            b.put("headline", brief.headline());
            b.put("summary", brief.summary());
            ArrayNode points = b.putArray("key_points");
            brief.keyPoints().forEach(p -> points.add(p.text()));
            ArrayNode cited = b.putArray("key_points_cited");
            for (Brief.KeyPoint p : brief.keyPoints()) {
                ObjectNode point = cited.addObject().put("text", p.text());
                ids(point.putArray("sources"), p.sources());
                strings(point.putArray("checks"), p.flags());
            }
            ArrayNode figures = b.putArray("key_figures");
            for (Brief.KeyFigure f : brief.keyFigures()) {
                ObjectNode figure =
                        figures.addObject().put("figure", f.figure()).put("context", f.context());
                ids(figure.putArray("sources"), f.sources());
                strings(figure.putArray("checks"), f.flags());
            }
            ArrayNode entities = b.putArray("entities");
            brief.entities()
                    .forEach(e -> entities.addObject()
                            .put("name", e.name())
                            .put("original", e.original())
                            .put("type", e.type()));
        }
        root.put("brief_error", a.briefError());

        ArrayNode glossary = root.putArray("glossary");
        a.glossary()
                .forEach(g -> glossary.addObject()
                        .put("source", g.source())
                        .put("target", g.target())
                        .put("type", g.type())
                        .put("note", g.note())
                        .put("origin", g.origin()));

        ObjectNode qa = root.putObject("qa");
        qa.put(
                "paragraphs_checked",
                a.paragraphs().stream().filter(TranslatedParagraph::isOk).count());
        qa.put("paragraphs_flagged", a.flaggedCount());
        qa.put(
                "paragraphs_rechecked",
                a.paragraphs().stream().filter(TranslatedParagraph::rechecked).count());
        ObjectNode byCheck = qa.putObject("flags_by_check");
        a.paragraphs().stream()
                .flatMap(p -> p.flags().stream())
                .collect(Collectors.groupingBy(Flag::check, TreeMap::new, Collectors.counting()))
                .forEach(byCheck::put);
        qa.put("brief_flags", a.brief() == null ? 0 : a.brief().allFlags().size());
        qa.put(
                "paragraphs_edited",
                a.paragraphs().stream().filter(TranslatedParagraph::isEdited).count());

        ObjectNode usage = root.putObject("usage");
        usage.put("requests", a.usage().requests());
        usage.put("input_tokens", a.usage().inputTokens());
        usage.put("output_tokens", a.usage().outputTokens());
        usage.put("cached_input_tokens", a.usage().cachedInputTokens());
        usage.put("paragraph_input_tokens", a.usage().paragraphInputTokens());
        usage.put("retries", a.usage().retries());
        usage.put("cache_hits", a.usage().cacheHits());
        usage.put("cost_usd", a.usage().costUsd());
        root.put("interrupted", a.interrupted());
        if (a.placement() != null) {
            root.putObject("output")
                    .put("folder", a.placement().folder())
                    .put("input_id", a.placement().inputId());
        }
        return root;
    }

    /** The text of {@code article.json}: the record, indented, with a final newline. */
    public static String write(TranslatedArticle a) {
        return text(toJson(a));
    }

    /** A record as {@code article.json}'s text. */
    public static String text(JsonNode record) {
        try {
            return MAPPER.writeValueAsString(record) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The article a record holds, as the renderers take it. What the record does not keep — the text of each segment
     * of an over-long paragraph — comes back as one segment per paragraph.
     */
    public static TranslatedArticle read(JsonNode root) {
        JsonNode source = root.path("source");
        List<Paragraph> paragraphs = new ArrayList<>();
        List<TranslatedParagraph> translated = new ArrayList<>();
        for (JsonNode p : root.path("paragraphs")) {
            String text = p.path("source").asText();
            Paragraph paragraph = new Paragraph(
                    p.path("index").asInt(),
                    ParagraphKind.valueOf(p.path("kind").asText("body").toUpperCase(Locale.ROOT)),
                    text,
                    p.has("segment_texts") ? strings(p.path("segment_texts")) : List.of(text));
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
                    textOf(p, "translation"),
                    textOf(p, "summary"),
                    status,
                    textOf(p, "error"),
                    flags,
                    p.path("rechecked").asBoolean(),
                    p.path("edited_by").asText().equals("human") && p.hasNonNull("edited_at")
                            ? Instant.parse(p.path("edited_at").asText())
                            : null,
                    textOf(p, "model_translation")));
        }
        Article article = new Article(
                source.path("input").asText(),
                source.path("title").asText(""),
                source.path("language").asText(),
                source.path("charset").asText(""),
                paragraphs,
                new SourceInfo(
                        textOf(source, "url"),
                        textOf(source, "canonical_url"),
                        textOf(source, "published"),
                        textOf(source, "byline"),
                        textOf(source, "site_name")));
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
                        backend.path("provider").asText(), backend.path("model").asText(), textOf(backend, "base_url")),
                prompts,
                Instant.parse(root.path("created_at").asText()),
                translated,
                brief(root.path("brief")),
                textOf(root, "brief_error"),
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
                    textOf(g, "type"),
                    textOf(g, "note"),
                    textOf(g, "origin")));
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

    private static String textOf(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
