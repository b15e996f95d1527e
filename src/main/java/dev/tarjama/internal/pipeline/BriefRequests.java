package dev.tarjama.internal.pipeline;

import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.tarjama.internal.llm.Question;
import dev.tarjama.internal.llm.UsageMeter;
import dev.tarjama.internal.prompt.PromptTemplate;
import dev.tarjama.internal.store.CacheKey;
import dev.tarjama.model.Article;
import dev.tarjama.model.Brief;
import dev.tarjama.model.TranslatedParagraph;
import java.util.List;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/**
 * Builds the request for a brief: lines of English text, each with the id of the paragraph it comes from, inside a
 * fenced block, with the answer constrained to the brief's JSON schema. The lines are the paragraphs' translations
 * or, for a brief written over the briefs of an article's parts, their key points and figures.
 */
public final class BriefRequests {
    /**
     * One line of a brief's input.
     *
     * @param id   the paragraph it comes from, which the brief cites
     * @param text the paragraph's translation, or a part brief's key point or figure
     */
    record Line(int id, String text) {}

    private static final JsonArraySchema SOURCES = JsonArraySchema.builder()
            .description("ids of the paragraphs this comes from")
            .items(new JsonIntegerSchema())
            .build();

    private static final ResponseFormat FORMAT = ResponseFormat.builder()
            .type(ResponseFormatType.JSON)
            .jsonSchema(JsonSchema.builder()
                    .name("article_brief")
                    .rootElement(JsonObjectSchema.builder()
                            .addStringProperty("headline")
                            .addStringProperty("summary")
                            .addProperty(
                                    "key_points",
                                    JsonArraySchema.builder()
                                            .items(JsonObjectSchema.builder()
                                                    .addStringProperty("text")
                                                    .addProperty("sources", SOURCES)
                                                    .required("text", "sources")
                                                    .additionalProperties(false)
                                                    .build())
                                            .build())
                            .addProperty(
                                    "key_figures",
                                    JsonArraySchema.builder()
                                            .items(JsonObjectSchema.builder()
                                                    .addStringProperty("figure")
                                                    .addStringProperty("context")
                                                    .addProperty("sources", SOURCES)
                                                    .required("figure", "context", "sources")
                                                    .additionalProperties(false)
                                                    .build())
                                            .build())
                            .addProperty(
                                    "entities",
                                    JsonArraySchema.builder()
                                            .items(JsonObjectSchema.builder()
                                                    .addStringProperty("name")
                                                    .addEnumProperty(
                                                            "type", List.copyOf(new TreeSet<>(BriefStage.ENTITY_TYPES)))
                                                    .required("name", "type")
                                                    .additionalProperties(false)
                                                    .build())
                                            .build())
                            .required("headline", "summary", "key_points", "key_figures", "entities")
                            .additionalProperties(false)
                            .build())
                    .build())
            .build();

    /** A brief is a few hundred words of JSON. */
    private static final int BRIEF_TOKENS = 600;

    private final PromptTemplate template;
    private final String targetLanguage;
    private final RandomGenerator random;

    public BriefRequests(PromptTemplate template, String targetLanguage, RandomGenerator random) {
        this.template = template;
        this.targetLanguage = targetLanguage;
        this.random = random;
    }

    /** The question for a brief of {@code article} written from {@code lines}. */
    Question<Brief> question(Article article, List<Line> lines, String label, UsageMeter meter) {
        String text = text(lines);
        return new Question<>(
                label,
                key(article, text),
                () -> build(article, text),
                BriefStage::parse,
                meter,
                BRIEF_TOKENS,
                Placeholders.brief());
    }

    private ChatRequest build(Article article, String text) {
        String fence = Fence.draw(random, text);
        return new TemplateRequest(article, targetLanguage)
                .with("paragraphs", text)
                .with("fence", fence)
                .build(template, FORMAT);
    }

    /** What determines a brief apart from the backend: the template, the languages and the lines. */
    private CacheKey key(Article article, String text) {
        return CacheKey.of("brief")
                .add("template", template.fingerprint())
                .add("source_language", article.language())
                .add("target_language", targetLanguage)
                .add("article", text)
                .build();
    }

    /**
     * The lines of an article's translated paragraphs; a paragraph left untranslated is given in its source. A
     * paragraph longer than {@code maxLineTokens} comes in several lines under its one id, so that a brief in parts
     * can always fit its budget, however the article is shaped.
     */
    List<Line> lines(Article article, List<TranslatedParagraph> paragraphs, int maxLineTokens) {
        List<Line> lines = new java.util.ArrayList<>();
        for (TranslatedParagraph p : paragraphs) {
            String text = p.isOk()
                    ? p.translation()
                    : "(" + article.language() + ") " + p.source().text();
            for (String piece : Runs.cut(List.of(text), TranslateStage::approxTokens, maxLineTokens)) {
                lines.add(new Line(p.index(), piece));
            }
        }
        return lines;
    }

    /** About how many tokens the lines take in a request. */
    static int tokens(List<Line> lines) {
        return lines.stream()
                .mapToInt(l -> TranslateStage.approxTokens(l.text()) + 4)
                .sum();
    }

    private static String text(List<Line> lines) {
        StringBuilder text = new StringBuilder();
        for (Line line : lines) {
            text.append('[').append(line.id()).append("] ").append(line.text()).append('\n');
        }
        return text.toString().strip();
    }
}
