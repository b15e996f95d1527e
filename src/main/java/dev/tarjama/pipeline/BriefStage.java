package dev.tarjama.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tarjama.Cancellation;
import dev.tarjama.check.BriefCitations;
import dev.tarjama.llm.ModelCall;
import dev.tarjama.llm.RequestFailedException;
import dev.tarjama.model.Brief;
import dev.tarjama.model.TranslatedParagraph;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The brief of the whole article in one request, its citations checked against the paragraphs they name. */
final class BriefStage implements Stage<Work.Aligned, Work.Briefed> {
    static final String LABEL = "brief";
    static final Set<String> ENTITY_TYPES = Set.of("person", "organization", "place", "product", "other");

    private final ModelCall model;
    private final BriefRequests requests;
    private final PipelineListener listener;
    private final Cancellation cancellation;
    private final String targetLanguage;

    BriefStage(
            ModelCall model,
            BriefRequests requests,
            PipelineListener listener,
            Cancellation cancellation,
            String targetLanguage) {
        this.model = model;
        this.requests = requests;
        this.listener = listener;
        this.cancellation = cancellation;
        this.targetLanguage = targetLanguage;
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
        var article = aligned.glossed().article();
        try {
            Brief brief = model.ask(requests.question(
                            article, paragraphs, aligned.glossed().usage()))
                    .value();
            return new Work.Briefed(
                    aligned, BriefCitations.check(brief, paragraphs, article.language(), targetLanguage), null);
        } catch (RequestFailedException e) {
            return new Work.Briefed(aligned, null, e.getMessage());
        }
    }

    static Brief parse(String answer) {
        JsonNode json = JsonAnswers.object(answer, LABEL);
        String headline = JsonAnswers.requiredText(json, "headline", LABEL);
        String summary = JsonAnswers.requiredText(json, "summary", LABEL);
        List<Brief.KeyPoint> keyPoints = JsonAnswers.array(json, "key_points").stream()
                .map(p -> p.isTextual()
                        ? new Brief.KeyPoint(p.asText().strip(), List.of(), List.of())
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
