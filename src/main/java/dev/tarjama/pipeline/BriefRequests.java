package dev.tarjama.pipeline;

import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.tarjama.cache.CacheKey;
import dev.tarjama.llm.Question;
import dev.tarjama.llm.UsageMeter;
import dev.tarjama.model.Article;
import dev.tarjama.model.Brief;
import dev.tarjama.model.TranslatedParagraph;
import dev.tarjama.prompt.PromptTemplate;
import java.util.List;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/**
 * Builds the request for an article's brief: each paragraph's source and translation, by id, inside a fenced
 * block, with the answer constrained to the brief's JSON schema.
 */
public final class BriefRequests {
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
                                                    .addStringProperty("original")
                                                    .addEnumProperty(
                                                            "type", List.copyOf(new TreeSet<>(BriefStage.ENTITY_TYPES)))
                                                    .required("name", "original", "type")
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

    /** The question for the brief of {@code article} with its {@code paragraphs} translated. */
    Question<Brief> question(Article article, List<TranslatedParagraph> paragraphs, UsageMeter meter) {
        return new Question<>(
                BriefStage.LABEL,
                key(article, paragraphs),
                () -> build(article, paragraphs),
                BriefStage::parse,
                meter,
                BRIEF_TOKENS,
                Placeholders.brief());
    }

    /** The request for the brief of {@code article} with its {@code paragraphs} translated. */
    ChatRequest build(Article article, List<TranslatedParagraph> paragraphs) {
        String text = articleText(article, paragraphs);
        String fence = Fence.draw(random, text);
        return new TemplateRequest(article, targetLanguage)
                .with("paragraphs", text)
                .with("fence", fence)
                .build(template, FORMAT);
    }

    /** What determines the brief apart from the backend: the template, the languages, the sources and translations. */
    CacheKey key(Article article, List<TranslatedParagraph> paragraphs) {
        return CacheKey.of("brief")
                .add("template", template.fingerprint())
                .add("source_language", article.language())
                .add("target_language", targetLanguage)
                .add("article", articleText(article, paragraphs))
                .build();
    }

    private String articleText(Article article, List<TranslatedParagraph> paragraphs) {
        StringBuilder lines = new StringBuilder();
        for (TranslatedParagraph p : paragraphs) {
            lines.append('[')
                    .append(p.index())
                    .append("] ")
                    .append(article.language())
                    .append(": ")
                    .append(p.source().text())
                    .append('\n');
            if (p.isOk()) {
                lines.append('[')
                        .append(p.index())
                        .append("] ")
                        .append(targetLanguage)
                        .append(": ")
                        .append(p.translation())
                        .append('\n');
            }
        }
        return lines.toString().strip();
    }
}
