package dev.tarjama.translate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.tarjama.llm.ModelGateway;
import dev.tarjama.model.Article;
import dev.tarjama.model.Paragraph;
import dev.tarjama.prompt.PromptTemplate;
import java.util.HashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Translates one segment of one paragraph in one request. The request carries the article title and the
 * preceding text as context, each in its own fenced block, and asks for a JSON object with the translation and
 * a one-line summary.
 */
final class ParagraphTranslator {
    /** Context is there to resolve references, not to be paid for twice: the tail of a long paragraph is enough. */
    private static final int MAX_CONTEXT_CHARS = 600;

    private static final ResponseFormat FORMAT = ResponseFormat.builder()
            .type(ResponseFormatType.JSON)
            .jsonSchema(JsonSchema.builder()
                    .name("paragraph_translation")
                    .rootElement(JsonObjectSchema.builder()
                            .addStringProperty("translation", "the complete translation of the paragraph")
                            .addStringProperty("summary", "one line saying what the paragraph states")
                            .required("translation", "summary")
                            .additionalProperties(false)
                            .build())
                    .build())
            .build();

    private final ModelGateway gateway;
    private final PromptTemplate template;
    private final String targetLanguage;
    private final RandomGenerator random;

    ParagraphTranslator(ModelGateway gateway, PromptTemplate template, String targetLanguage, RandomGenerator random) {
        this.gateway = gateway;
        this.template = template;
        this.targetLanguage = targetLanguage;
        this.random = random;
    }

    SegmentTranslation translate(Article article, Paragraph paragraph, int segment) {
        String text = paragraph.segments().get(segment);
        String previous = previousText(article, paragraph, segment);
        String fence = Fence.draw(random, text, previous, article.title());

        Map<String, String> values = new HashMap<>();
        values.put("paragraph", text);
        values.put("previous", previous.isEmpty() ? "(none: this is the first paragraph)" : previous);
        values.put("title", article.title().isEmpty() ? "(no title)" : article.title());
        values.put("fence", fence);
        values.put("source_language", article.language());
        values.put("source_language_name", LanguageNames.english(article.language()));
        values.put("target_language", targetLanguage);
        values.put("target_language_name", LanguageNames.english(targetLanguage));

        ChatRequest request = ChatRequest.builder()
                .messages(SystemMessage.from(template.system(values)), UserMessage.from(template.user(values)))
                .responseFormat(FORMAT)
                .build();
        String label = label(paragraph, segment);
        return gateway.ask(label, request, answer -> parse(answer, label));
    }

    static String label(Paragraph paragraph, int segment) {
        return paragraph.segments().size() == 1
                ? "paragraph " + paragraph.index()
                : "paragraph " + paragraph.index() + " (part " + (segment + 1) + "/" + paragraph.segments().size() + ")";
    }

    private static SegmentTranslation parse(String answer, String label) {
        JsonNode json = JsonAnswers.object(answer, label);
        return new SegmentTranslation(JsonAnswers.requiredText(json, "translation", label),
                JsonAnswers.optionalText(json, "summary"));
    }

    private static String previousText(Article article, Paragraph paragraph, int segment) {
        String previous;
        if (segment > 0) {
            previous = paragraph.segments().get(segment - 1);
        } else if (paragraph.index() > 0) {
            previous = article.paragraphs().get(paragraph.index() - 1).text();
        } else {
            return "";
        }
        return previous.length() <= MAX_CONTEXT_CHARS ? previous : "…" + previous.substring(previous.length() - MAX_CONTEXT_CHARS);
    }
}
