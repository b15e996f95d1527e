package dev.tarjama.internal.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.tarjama.internal.llm.Question;
import dev.tarjama.internal.llm.UsageMeter;
import dev.tarjama.internal.prompt.PromptTemplate;
import dev.tarjama.internal.store.CacheKey;
import dev.tarjama.model.Article;
import dev.tarjama.model.TranslatedParagraph;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The question for an MQM-style review of translated paragraphs: each paragraph's source and translation, by id, in
 * one fenced block; the answer a list of errors, each with its paragraph, category, severity, quoted span and a short
 * explanation, held to that shape by the provider's JSON schema. Cached like any answer: the same paragraphs and
 * translations are never reviewed twice.
 */
final class ReviewRequests {
    static final List<String> CATEGORIES =
            List.of("accuracy/omission", "accuracy/addition", "accuracy/mistranslation", "terminology", "fluency");
    static final List<String> SEVERITIES = List.of("critical", "major", "minor");

    private static final ResponseFormat FORMAT = ResponseFormat.builder()
            .type(ResponseFormatType.JSON)
            .jsonSchema(JsonSchema.builder()
                    .name("paragraph_review")
                    .rootElement(JsonObjectSchema.builder()
                            .addProperty(
                                    "errors",
                                    JsonArraySchema.builder()
                                            .items(JsonObjectSchema.builder()
                                                    .addStringProperty("id")
                                                    .addProperty(
                                                            "category",
                                                            JsonEnumSchema.builder()
                                                                    .enumValues(CATEGORIES)
                                                                    .build())
                                                    .addProperty(
                                                            "severity",
                                                            JsonEnumSchema.builder()
                                                                    .enumValues(SEVERITIES)
                                                                    .build())
                                                    .addStringProperty("span")
                                                    .addStringProperty("explanation")
                                                    .required("id", "category", "severity", "span", "explanation")
                                                    .additionalProperties(false)
                                                    .build())
                                            .build())
                            .required("errors")
                            .additionalProperties(false)
                            .build())
                    .build())
            .build();

    /** One error the reviewer found. */
    record Finding(String id, String category, String severity, String span, String explanation) {}

    private final PromptTemplate template;
    private final String targetLanguage;
    private final RandomGenerator random;

    ReviewRequests(PromptTemplate template, String targetLanguage, RandomGenerator random) {
        this.template = template;
        this.targetLanguage = targetLanguage;
        this.random = random;
    }

    Question<List<Finding>> question(Article article, List<TranslatedParagraph> paragraphs, UsageMeter meter) {
        String label = "review of paragraphs " + paragraphs.get(0).index() + "–"
                + paragraphs.get(paragraphs.size() - 1).index();
        CacheKey.Builder key = CacheKey.of("review")
                .add("template", template.fingerprint())
                .add("source_language", article.language())
                .add("target_language", targetLanguage);
        for (TranslatedParagraph p : paragraphs) {
            key.add("p" + p.index(), p.source().text()).add("t" + p.index(), p.translation());
        }
        return new Question<>(
                label,
                key.build(),
                () -> build(article, paragraphs),
                answer -> parse(answer, label),
                meter,
                40 + 30 * paragraphs.size(),
                "{\"errors\":[]}",
                1);
    }

    static List<Finding> parse(String answer, String label) {
        JsonNode json = JsonAnswers.object(answer, label);
        List<Finding> findings = new ArrayList<>();
        for (JsonNode error : JsonAnswers.array(json, "errors")) {
            String category = JsonAnswers.optionalText(error, "category");
            String severity = JsonAnswers.optionalText(error, "severity");
            if (CATEGORIES.contains(category) && SEVERITIES.contains(severity)) {
                findings.add(new Finding(
                        JsonAnswers.optionalText(error, "id"),
                        category,
                        severity,
                        JsonAnswers.optionalText(error, "span"),
                        JsonAnswers.optionalText(error, "explanation")));
            }
        }
        return findings;
    }

    private ChatRequest build(Article article, List<TranslatedParagraph> paragraphs) {
        StringBuilder texts = new StringBuilder();
        paragraphs.forEach(p -> texts.append(p.source().text())
                .append('\n')
                .append(p.translation())
                .append('\n'));
        String fence = Fence.draw(random, texts.toString());
        StringBuilder block = new StringBuilder();
        for (TranslatedParagraph p : paragraphs) {
            block.append('[').append(fence).append(" p").append(p.index()).append(" source]\n");
            block.append(p.source().text()).append("\n");
            block.append('[').append(fence).append(" p").append(p.index()).append(" translation]\n");
            block.append(p.translation()).append("\n\n");
        }
        return new TemplateRequest(article, targetLanguage)
                .with("paragraphs", block.toString().strip())
                .with("fence", fence)
                .build(template, FORMAT);
    }
}
