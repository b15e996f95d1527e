package dev.tarjama.internal.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tarjama.Cancellation;
import dev.tarjama.Reporter;
import dev.tarjama.internal.check.BriefCitations;
import dev.tarjama.internal.glossary.Glossary;
import dev.tarjama.internal.llm.ModelCall;
import dev.tarjama.internal.llm.RequestFailedException;
import dev.tarjama.internal.llm.UsageMeter;
import dev.tarjama.model.Article;
import dev.tarjama.model.Brief;
import dev.tarjama.model.TranslatedParagraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The brief of the whole article, written from its English translations (the source is not sent again: the
 * entities' original spellings come from the article's glossary), its citations checked against the paragraphs
 * they name. An article whose translations exceed the context budget is briefed in parts, and the article's brief
 * is written over the parts' key points and figures, which keep the ids of the paragraphs they cite.
 */
final class BriefStage implements Stage<Work.Aligned, Work.Briefed> {
    static final String LABEL = "brief";
    static final Set<String> ENTITY_TYPES = Set.of("person", "organization", "place", "product", "other");
    /** What a brief request needs besides its lines: the instructions and the answer. */
    static final int RESERVED_TOKENS = 2_000;
    /** Parts of parts are possible, never needed in practice: each level is a few percent of the one below. */
    private static final int MAX_DEPTH = 4;

    private final ModelCall model;
    private final BriefRequests requests;
    private final Reporter listener;
    private final Cancellation cancellation;
    private final String targetLanguage;
    private final int lineBudget;

    /** @param contextTokens the most tokens any one brief request may carry, instructions and answer included */
    BriefStage(
            ModelCall model,
            BriefRequests requests,
            Reporter listener,
            Cancellation cancellation,
            String targetLanguage,
            int contextTokens) {
        this.model = model;
        this.requests = requests;
        this.listener = listener;
        this.cancellation = cancellation;
        this.targetLanguage = targetLanguage;
        this.lineBudget = Math.max(1_000, contextTokens - RESERVED_TOKENS);
    }

    @Override
    public Work.Briefed apply(Work.Aligned aligned) {
        List<TranslatedParagraph> paragraphs = aligned.paragraphs();
        if (cancellation.isCancelled()) {
            return new Work.Briefed(aligned, null, "the run was interrupted");
        }
        if (paragraphs.stream().noneMatch(TranslatedParagraph::isOk)) {
            return new Work.Briefed(aligned, null, "no paragraph was translated");
        }
        listener.briefStarted();
        Work.Glossed glossed = aligned.glossed();
        Article article = glossed.article();
        try {
            Brief brief =
                    briefOf(article, requests.lines(article, paragraphs, lineBudget / 2), LABEL, glossed.usage(), 0);
            return new Work.Briefed(
                    aligned,
                    BriefCitations.check(
                            withOriginals(brief, glossed.glossary()), paragraphs, article.language(), targetLanguage),
                    null);
        } catch (RequestFailedException e) {
            return new Work.Briefed(aligned, null, e.getMessage());
        }
    }

    private Brief briefOf(Article article, List<BriefRequests.Line> lines, String label, UsageMeter usage, int depth) {
        if (lines.size() < 2 || depth >= MAX_DEPTH || BriefRequests.tokens(lines) <= lineBudget) {
            return model.ask(requests.question(article, lines, label, usage)).value();
        }
        List<List<BriefRequests.Line>> parts =
                Runs.within(lines, line -> BriefRequests.tokens(List.of(line)), lineBudget);
        List<Brief> briefs = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            briefs.add(briefOf(
                    article, parts.get(i), label + ", part " + (i + 1) + " of " + parts.size(), usage, depth + 1));
        }
        List<BriefRequests.Line> digest = new ArrayList<>();
        for (Brief part : briefs) {
            part.keyPoints().forEach(p -> digest.add(line(p.sources(), p.text())));
            part.keyFigures().forEach(f -> digest.add(line(f.sources(), f.figure() + ": " + f.context())));
        }
        digest.removeIf(Objects::isNull);
        Brief whole = briefOf(article, digest, label, usage, depth + 1);
        // the parts saw every paragraph; the whole saw only their key points
        Map<String, Brief.Entity> entities = new LinkedHashMap<>();
        Stream.concat(whole.entities().stream(), briefs.stream().flatMap(b -> b.entities().stream()))
                .forEach(e -> entities.putIfAbsent(e.name().toLowerCase(Locale.ROOT), e));
        return new Brief(
                whole.headline(),
                whole.summary(),
                whole.keyPoints(),
                whole.keyFigures(),
                List.copyOf(entities.values()));
    }

    /** A part's point as a line of the whole's input, under the first paragraph it cites; none if it cites none. */
    private static BriefRequests.Line line(List<Integer> sources, String text) {
        return sources.isEmpty() || text.isBlank() ? null : new BriefRequests.Line(sources.get(0), text);
    }

    /** The entities with their spelling in the source, where the glossary gives one for the same rendering. */
    private static Brief withOriginals(Brief brief, Glossary glossary) {
        List<Brief.Entity> entities = brief.entities().stream()
                .map(e -> e.original().isEmpty()
                        ? glossary.entries().stream()
                                .filter(g -> Glossary.sameRendering(g.target(), e.name()))
                                .findFirst()
                                .map(g -> new Brief.Entity(e.name(), g.source(), e.type()))
                                .orElse(e)
                        : e)
                .toList();
        return new Brief(brief.headline(), brief.summary(), brief.keyPoints(), brief.keyFigures(), entities);
    }

    static Brief parse(String answer) {
        JsonNode json = JsonAnswers.object(answer, LABEL);
        String headline = JsonAnswers.requiredText(json, "headline", LABEL);
        String summary = JsonAnswers.requiredText(json, "summary", LABEL);
        List<Brief.KeyPoint> keyPoints = JsonAnswers.array(json, "key_points").stream()
                .map(p -> p.isTextual()
                        ? new Brief.KeyPoint(
                                dev.tarjama.internal.text.ControlCharacters.strip(p.asText())
                                        .strip(),
                                List.of(),
                                List.of())
                        : new Brief.KeyPoint(JsonAnswers.optionalText(p, "text"), sources(p), List.of()))
                .filter(p -> !p.text().isEmpty())
                .toList();
        List<Brief.KeyFigure> figures = JsonAnswers.array(json, "key_figures").stream()
                .map(f -> new Brief.KeyFigure(
                        JsonAnswers.optionalText(f, "figure"),
                        JsonAnswers.optionalText(f, "context"),
                        sources(f),
                        List.of()))
                .filter(f -> !f.figure().isEmpty())
                .toList();
        List<Brief.Entity> entities = JsonAnswers.array(json, "entities").stream()
                .map(e -> new Brief.Entity(
                        JsonAnswers.optionalText(e, "name"),
                        JsonAnswers.optionalText(e, "original"),
                        entityType(JsonAnswers.optionalText(e, "type"))))
                .filter(e -> !e.name().isEmpty())
                .toList();
        return new Brief(headline, summary, keyPoints, figures, entities);
    }

    private static List<Integer> sources(JsonNode item) {
        return JsonAnswers.array(item, "sources").stream()
                .filter(JsonNode::canConvertToInt)
                .map(JsonNode::asInt)
                .distinct()
                .toList();
    }

    private static String entityType(String type) {
        String t = type.toLowerCase(Locale.ROOT).replace("organisation", "organization");
        return ENTITY_TYPES.contains(t) ? t : "other";
    }
}
