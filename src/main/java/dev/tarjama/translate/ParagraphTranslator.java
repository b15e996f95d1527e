package dev.tarjama.translate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tarjama.llm.ModelGateway;
import dev.tarjama.model.Article;
import dev.tarjama.model.Paragraph;

/** Translates one segment of one paragraph in one request, and reads the model's JSON answer. */
final class ParagraphTranslator {
    private final ModelGateway gateway;
    private final ParagraphRequests requests;

    ParagraphTranslator(ModelGateway gateway, ParagraphRequests requests) {
        this.gateway = gateway;
        this.requests = requests;
    }

    SegmentTranslation translate(Article article, Paragraph paragraph, int segment) {
        String label = label(paragraph, segment);
        return gateway.ask(label, requests.key(article, paragraph, segment), requests.build(article, paragraph, segment),
                answer -> parse(answer, label));
    }

    static String label(Paragraph paragraph, int segment) {
        return paragraph.segments().size() == 1
                ? "paragraph " + paragraph.index()
                : "paragraph " + paragraph.index() + " (part " + (segment + 1) + "/" + paragraph.segments().size() + ")";
    }

    static SegmentTranslation parse(String answer, String label) {
        JsonNode json = JsonAnswers.object(answer, label);
        return new SegmentTranslation(JsonAnswers.requiredText(json, "translation", label),
                JsonAnswers.optionalText(json, "summary"));
    }
}
