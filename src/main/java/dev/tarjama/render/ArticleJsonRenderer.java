package dev.tarjama.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tarjama.model.Brief;
import dev.tarjama.model.Flag;
import dev.tarjama.model.TranslatedArticle;
import dev.tarjama.model.TranslatedParagraph;
import java.io.UncheckedIOException;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The machine-readable record, {@code article.json}. Its field names are a contract with users' scripts
 * (see the README): fields may be added, never renamed. It never contains a credential.
 */
final class ArticleJsonRenderer extends TextFormat {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String fileName() {
        return "article.json";
    }

    private static void ids(ArrayNode array, java.util.List<Integer> ids) {
        ids.forEach(array::add);
    }

    private static void strings(ArrayNode array, java.util.List<String> values) {
        values.forEach(array::add);
    }

    @Override
    String render(TranslatedArticle a) {
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
            ArrayNode checks = node.putArray("checks");
            p.flags().forEach(f -> checks.addObject().put("check", f.check()).put("message", f.message()));
            node.put("rechecked", p.rechecked());
            if (p.isEdited()) {
                node.put("edited_by", "human");
                node.put("edited_at", p.editedAt().toString());
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
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
