package dev.tarjama.internal.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.tarjama.internal.glossary.Glossary;
import dev.tarjama.internal.llm.Question;
import dev.tarjama.internal.llm.UsageMeter;
import dev.tarjama.internal.prompt.PromptTemplate;
import dev.tarjama.internal.store.CacheKey;
import dev.tarjama.model.Article;
import dev.tarjama.model.GlossaryEntry;
import dev.tarjama.model.Segment;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * The question for one segment. Instructions go in the system message; the user message carries only article
 * text: the title and the preceding text as context and the segment to translate, each in a block named with a
 * fresh random fence. The answer is constrained to a JSON object with the translation and a one-line summary. No
 * tools are ever offered.
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
                            .addProperty("terms", Terms.SCHEMA)
                            .required("translation", "summary", "terms")
                            .additionalProperties(false)
                            .build())
                    .build())
            .build();

    /**
     * What the model answered for one segment.
     *
     * @param terms the names and terms it says the segment contains, with the renderings it used
     */
    public record SegmentAnswer(String translation, String summary, List<GlossaryEntry> terms) {
        public SegmentAnswer {
            terms = List.copyOf(terms);
        }
    }

    private final PromptTemplate template;
    private final String targetLanguage;
    private final RandomGenerator random;

    public ParagraphRequests(PromptTemplate template, String targetLanguage, RandomGenerator random) {
        this.template = template;
        this.targetLanguage = targetLanguage;
        this.random = random;
    }

    /**
     * The question for {@code segment}; {@code feedback}, when not empty, says why the last translation was
     * rejected (a different request, so a different cached answer).
     */
    public Question<SegmentAnswer> question(
            Article article, Glossary glossary, Segment segment, String feedback, UsageMeter meter) {
        List<GlossaryEntry> entries = glossary.applicableTo(segment.text());
        int expected = expectedTokens(segment.text());
        return new Question<>(
                segment.label() + (feedback.isEmpty() ? "" : " (after checks)"),
                key(article.language(), segment.text(), entries, feedback),
                () -> build(article, segment, entries, feedback),
                answer -> parse(answer, segment.label()),
                meter,
                expected,
                Placeholders.translation(translationTokens(segment.text())));
    }

    /**
     * What determines a segment's answer apart from the backend: the template, the languages and the text. The
     * title and the previous paragraph go into the request as context but not into the key, so editing one
     * paragraph re-translates that paragraph only.
     */
    CacheKey key(String sourceLanguage, String text, List<GlossaryEntry> entries, String feedback) {
        return CacheKey.of("segment")
                .add("template", template.fingerprint())
                .add("source_language", sourceLanguage)
                .add("target_language", targetLanguage)
                .add("text", text)
                .add("glossary", glossaryLines(entries))
                .add("feedback", feedback)
                .build();
    }

    /** The answer: the translation, plus about 50 tokens of JSON, summary and terms. */
    static int expectedTokens(String text) {
        return translationTokens(text) + 50;
    }

    /**
     * About how many tokens a translation of {@code text} runs to: 0.3 a source character, as o200k counts the
     * English of the Arabic–English pairs in {@code ../shared/parallel} (0.76 English tokens an Arabic one, 2.55
     * Arabic characters a token).
     */
    static int translationTokens(String text) {
        return text.length() * 3 / 10;
    }

    static SegmentAnswer parse(String answer, String label) {
        JsonNode json = JsonAnswers.object(answer, label);
        return new SegmentAnswer(
                JsonAnswers.requiredText(json, "translation", label),
                JsonAnswers.optionalText(json, "summary"),
                Terms.parse(json, "terms"));
    }

    private static String glossaryLines(List<GlossaryEntry> entries) {
        return entries.stream().map(e -> e.source() + " → " + e.target()).collect(Collectors.joining("\n"));
    }

    private ChatRequest build(Article article, Segment segment, List<GlossaryEntry> entries, String feedback) {
        String previous = previousText(article, segment);
        String glossaryText = glossaryLines(entries);
        String fence = Fence.draw(random, segment.text(), previous, article.title(), glossaryText);
        return new TemplateRequest(article, targetLanguage)
                .with("paragraph", segment.text())
                .with("previous", previous.isEmpty() ? "(none: this is the first paragraph)" : previous)
                .with("title", article.title().isEmpty() ? "(no title)" : article.title())
                .with("fence", fence)
                .with("glossary", glossaryText.isEmpty() ? "(none)" : glossaryText)
                .with(
                        "feedback",
                        feedback.isEmpty()
                                ? ""
                                : "\nA previous translation of this paragraph was rejected by " + "automatic checks: "
                                        + feedback + "\nTranslate the paragraph again and correct these problems.")
                .build(template, FORMAT);
    }

    private static String previousText(Article article, Segment segment) {
        String previous;
        if (segment.part() > 0) {
            previous = article.paragraphs().get(segment.paragraph()).segments().get(segment.part() - 1);
        } else if (segment.paragraph() > 0) {
            previous = article.paragraphs().get(segment.paragraph() - 1).text();
        } else {
            return "";
        }
        return previous.length() <= MAX_CONTEXT_CHARS
                ? previous
                : "…" + previous.substring(previous.length() - MAX_CONTEXT_CHARS);
    }
}
