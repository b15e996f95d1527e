package dev.tarjama.translate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tarjama.check.CheckInput;
import dev.tarjama.check.ParagraphChecks;
import dev.tarjama.llm.ModelGateway;
import dev.tarjama.llm.RequestFailedException;
import dev.tarjama.model.Article;
import dev.tarjama.model.Flag;
import dev.tarjama.model.Paragraph;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Translates one segment of one paragraph and checks the answer. A translation that fails a check is asked for
 * once more, with the check's findings; whichever answer has fewer findings is kept, with them.
 */
final class ParagraphTranslator {
    private final ModelGateway gateway;
    private final ParagraphRequests requests;
    private final ParagraphChecks checks;
    private final String targetLanguage;

    ParagraphTranslator(ModelGateway gateway, ParagraphRequests requests, ParagraphChecks checks, String targetLanguage) {
        this.gateway = gateway;
        this.requests = requests;
        this.checks = checks;
        this.targetLanguage = targetLanguage;
    }

    SegmentTranslation translate(Article article, Paragraph paragraph, int segment) {
        String label = label(paragraph, segment);
        SegmentTranslation first = gateway.ask(label, requests.key(article, paragraph, segment),
                requests.build(article, paragraph, segment), answer -> parse(answer, label));
        List<Flag> firstFlags = check(article, paragraph, segment, first);
        if (firstFlags.isEmpty()) {
            return first;
        }
        String feedback = firstFlags.stream().map(Flag::toString).collect(Collectors.joining("; "));
        SegmentTranslation second;
        try {
            second = gateway.ask(label + " (after checks)", requests.key(article, paragraph, segment, feedback),
                    requests.build(article, paragraph, segment, feedback), answer -> parse(answer, label));
        } catch (RequestFailedException e) {
            return first.checked(firstFlags, true);
        }
        List<Flag> secondFlags = check(article, paragraph, segment, second);
        return secondFlags.size() <= firstFlags.size() ? second.checked(secondFlags, true) : first.checked(firstFlags, true);
    }

    private List<Flag> check(Article article, Paragraph paragraph, int segment, SegmentTranslation answer) {
        return checks.run(new CheckInput(paragraph.segments().get(segment), answer.translation(), article.language(),
                targetLanguage, requests.glossaryFor(paragraph, segment)));
    }

    static String label(Paragraph paragraph, int segment) {
        return paragraph.segments().size() == 1
                ? "paragraph " + paragraph.index()
                : "paragraph " + paragraph.index() + " (part " + (segment + 1) + "/" + paragraph.segments().size() + ")";
    }

    static SegmentTranslation parse(String answer, String label) {
        JsonNode json = JsonAnswers.object(answer, label);
        return SegmentTranslation.unchecked(JsonAnswers.requiredText(json, "translation", label),
                JsonAnswers.optionalText(json, "summary"));
    }
}
