package dev.tarjama.translate;

import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.tarjama.cache.CacheKey;
import dev.tarjama.glossary.Glossary;
import dev.tarjama.model.Article;
import dev.tarjama.model.GlossaryEntry;
import dev.tarjama.model.Paragraph;
import dev.tarjama.prompt.PromptTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

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
    private final Glossary glossary;

    public ParagraphRequests(PromptTemplate template, String targetLanguage, RandomGenerator random, Glossary glossary) {
        this.template = template;
        this.targetLanguage = targetLanguage;
        this.random = random;
        this.glossary = glossary;
    }

    /** The glossary entries a segment's request carries: those whose term occurs in it. */
    public List<GlossaryEntry> glossaryFor(Paragraph paragraph, int segment) {
        return glossary.applicableTo(paragraph.segments().get(segment));
    }

    /**
     * What determines a segment's answer apart from the backend: the template, the languages and the text. The
     * title and the previous paragraph go into the request as context but not into the key, so editing one
     * paragraph re-translates that paragraph only.
     */
    public CacheKey key(Article article, Paragraph paragraph, int segment) {
        return key(article, paragraph, segment, "");
    }

    /** The key of a retry that carried {@code feedback}: a different request, so a different answer. */
    CacheKey key(Article article, Paragraph paragraph, int segment, String feedback) {
        return CacheKey.of("segment")
                .add("template", template.fingerprint())
                .add("source_language", article.language())
                .add("target_language", targetLanguage)
                .add("text", paragraph.segments().get(segment))
                .add("glossary", glossaryLines(glossaryFor(paragraph, segment)))
                .add("feedback", feedback)
                .build();
    }

    private static String glossaryLines(List<GlossaryEntry> entries) {
        return entries.stream().map(e -> e.source() + " → " + e.target()).collect(Collectors.joining("\n"));
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
        return build(article, paragraph, segment, "");
    }

    /** The request for a segment; {@code feedback}, when not empty, says why the last translation was rejected. */
    ChatRequest build(Article article, Paragraph paragraph, int segment, String feedback) {
        String text = paragraph.segments().get(segment);
        String previous = previousText(article, paragraph, segment);
        String glossaryText = glossaryLines(glossaryFor(paragraph, segment));
        String fence = Fence.draw(random, text, previous, article.title(), glossaryText);

        return new TemplateRequest(article, targetLanguage)
                .with("paragraph", text)
                .with("previous", previous.isEmpty() ? "(none: this is the first paragraph)" : previous)
                .with("title", article.title().isEmpty() ? "(no title)" : article.title())
                .with("fence", fence)
                .with("glossary", glossaryText.isEmpty() ? "(none)" : glossaryText)
                .with("feedback", feedback.isEmpty() ? "" : "\nA previous translation of this paragraph was rejected by "
                        + "automatic checks: " + feedback + "\nTranslate the paragraph again and correct these problems.")
                .build(template, FORMAT);
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
