package dev.tarjama.translate;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.tarjama.cache.CacheKey;
import dev.tarjama.model.Article;
import dev.tarjama.model.Paragraph;
import dev.tarjama.prompt.PromptTemplate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Builds the request for one segment of one paragraph. Instructions go in the system message; the user message
 * carries only article text: the title and the preceding text as context and the segment to translate, each in
 * a block named with a fresh random fence. The answer is constrained to a JSON object with the translation and a
 * one-line summary. No tools are ever offered.
 */
public final class ParagraphRequests {
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

    private final PromptTemplate template;
    private final String targetLanguage;
    private final RandomGenerator random;

    public ParagraphRequests(PromptTemplate template, String targetLanguage, RandomGenerator random) {
        this.template = template;
        this.targetLanguage = targetLanguage;
        this.random = random;
    }

    /**
     * What determines a segment's answer apart from the backend: the template, the languages and the text. The
     * title and the previous paragraph go into the request as context but not into the key, so editing one
     * paragraph re-translates that paragraph only.
     */
    public CacheKey key(Article article, Paragraph paragraph, int segment) {
        return CacheKey.of("segment")
                .add("template", template.fingerprint())
                .add("source_language", article.language())
                .add("target_language", targetLanguage)
                .add("text", paragraph.segments().get(segment))
                .build();
    }

    /** Every request a run sends for the article's paragraphs, in source order. */
    public List<ChatRequest> all(Article article) {
        List<ChatRequest> requests = new ArrayList<>();
        for (Paragraph paragraph : article.paragraphs()) {
            for (int s = 0; s < paragraph.segments().size(); s++) {
                requests.add(build(article, paragraph, s));
            }
        }
        return requests;
    }

    /** The request exactly as it is sent for one segment. */
    ChatRequest build(Article article, Paragraph paragraph, int segment) {
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

        return ChatRequest.builder()
                .messages(SystemMessage.from(template.system(values)), UserMessage.from(template.user(values)))
                .responseFormat(FORMAT)
                .build();
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
