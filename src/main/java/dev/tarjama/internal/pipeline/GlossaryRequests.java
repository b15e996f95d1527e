package dev.tarjama.internal.pipeline;

import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.tarjama.internal.llm.Question;
import dev.tarjama.internal.llm.UsageMeter;
import dev.tarjama.internal.prompt.PromptTemplate;
import dev.tarjama.internal.store.CacheKey;
import dev.tarjama.model.Article;
import dev.tarjama.model.GlossaryEntry;
import java.util.List;
import java.util.random.RandomGenerator;

/** Builds the one request that asks for an article's names and terms with their agreed renderings. */
public final class GlossaryRequests {
    static final List<String> TYPES = List.of("person", "organization", "place", "product", "term", "other");

    private static final ResponseFormat FORMAT = ResponseFormat.builder()
            .type(ResponseFormatType.JSON)
            .jsonSchema(JsonSchema.builder()
                    .name("article_glossary")
                    .rootElement(JsonObjectSchema.builder()
                            .addProperty(
                                    "terms",
                                    JsonArraySchema.builder()
                                            .items(JsonObjectSchema.builder()
                                                    .addStringProperty("source")
                                                    .addStringProperty("target")
                                                    .addEnumProperty("type", TYPES)
                                                    .addStringProperty("note")
                                                    .required("source", "target", "type", "note")
                                                    .additionalProperties(false)
                                                    .build())
                                            .build())
                            .required("terms")
                            .additionalProperties(false)
                            .build())
                    .build())
            .build();

    /** A glossary answer lists a few dozen terms. */
    private static final int GLOSSARY_TOKENS = 800;

    private final PromptTemplate template;
    private final String targetLanguage;
    private final RandomGenerator random;

    public GlossaryRequests(PromptTemplate template, String targetLanguage, RandomGenerator random) {
        this.template = template;
        this.targetLanguage = targetLanguage;
        this.random = random;
    }

    /** The question for the glossary of {@code text}, the whole of {@code article} or a part of it. */
    Question<List<GlossaryEntry>> question(Article article, String text, String label, UsageMeter meter) {
        return new Question<>(
                label,
                key(article, text),
                () -> build(article, text),
                GlossaryStage::parse,
                meter,
                GLOSSARY_TOKENS,
                Placeholders.glossary());
    }

    private ChatRequest build(Article article, String text) {
        return new TemplateRequest(article, targetLanguage)
                .with("article", text)
                .with("fence", Fence.draw(random, text))
                .build(template, FORMAT);
    }

    private CacheKey key(Article article, String text) {
        return CacheKey.of("glossary")
                .add("template", template.fingerprint())
                .add("source_language", article.language())
                .add("target_language", targetLanguage)
                .add("article", text)
                .build();
    }
}
