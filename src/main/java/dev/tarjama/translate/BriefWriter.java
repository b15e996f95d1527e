package dev.tarjama.translate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tarjama.llm.ModelGateway;
import dev.tarjama.model.Article;
import dev.tarjama.model.Brief;
import dev.tarjama.model.TranslatedParagraph;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Asks for the brief of the whole article in one request and reads the answer. */
final class BriefWriter {
    static final String LABEL = "brief";
    static final Set<String> ENTITY_TYPES = Set.of("person", "organization", "place", "product", "other");

    private final ModelGateway gateway;
    private final BriefRequests requests;

    BriefWriter(ModelGateway gateway, BriefRequests requests) {
        this.gateway = gateway;
        this.requests = requests;
    }

    Brief write(Article article, List<TranslatedParagraph> paragraphs) {
        return gateway.ask(LABEL, requests.key(article, paragraphs), requests.build(article, paragraphs), BriefWriter::parse);
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
                .map(f -> new Brief.KeyFigure(JsonAnswers.optionalText(f, "figure"), JsonAnswers.optionalText(f, "context"),
                        sources(f), List.of()))
                .filter(f -> !f.figure().isEmpty())
                .toList();
        List<Brief.Entity> entities = JsonAnswers.array(json, "entities").stream()
                .map(e -> new Brief.Entity(JsonAnswers.optionalText(e, "name"), JsonAnswers.optionalText(e, "original"),
                        entityType(JsonAnswers.optionalText(e, "type"))))
                .filter(e -> !e.name().isEmpty())
                .toList();
        return new Brief(headline, summary, keyPoints, figures, entities);
    }

    private static List<Integer> sources(JsonNode item) {
        return JsonAnswers.array(item, "sources").stream().filter(JsonNode::canConvertToInt).map(JsonNode::asInt)
                .distinct().toList();
    }

    private static String entityType(String type) {
        String t = type.toLowerCase(Locale.ROOT).replace("organisation", "organization");
        return ENTITY_TYPES.contains(t) ? t : "other";
    }
}
