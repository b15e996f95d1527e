package dev.tarjama.translate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import dev.tarjama.llm.ModelGateway;
import dev.tarjama.model.Article;
import dev.tarjama.model.Brief;
import dev.tarjama.model.TranslatedParagraph;
import dev.tarjama.prompt.PromptTemplate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Asks for the brief of the whole article in one request, from the sources and their translations. */
final class BriefWriter {
    static final String LABEL = "brief";
    private static final Set<String> ENTITY_TYPES = Set.of("person", "organization", "place", "product", "other");

    private static final ResponseFormat FORMAT = ResponseFormat.builder()
            .type(ResponseFormatType.JSON)
            .jsonSchema(JsonSchema.builder()
                    .name("article_brief")
                    .rootElement(JsonObjectSchema.builder()
                            .addStringProperty("headline")
                            .addStringProperty("summary")
                            .addProperty("key_points", JsonArraySchema.builder().items(new JsonStringSchema()).build())
                            .addProperty("key_figures", JsonArraySchema.builder().items(JsonObjectSchema.builder()
                                    .addStringProperty("figure")
                                    .addStringProperty("context")
                                    .required("figure", "context")
                                    .additionalProperties(false)
                                    .build()).build())
                            .addProperty("entities", JsonArraySchema.builder().items(JsonObjectSchema.builder()
                                    .addStringProperty("name")
                                    .addStringProperty("original")
                                    .addEnumProperty("type", List.copyOf(new java.util.TreeSet<>(ENTITY_TYPES)))
                                    .required("name", "original", "type")
                                    .additionalProperties(false)
                                    .build()).build())
                            .required("headline", "summary", "key_points", "key_figures", "entities")
                            .additionalProperties(false)
                            .build())
                    .build())
            .build();

    private final ModelGateway gateway;
    private final PromptTemplate template;
    private final String targetLanguage;
    private final RandomGenerator random;

    BriefWriter(ModelGateway gateway, PromptTemplate template, String targetLanguage, RandomGenerator random) {
        this.gateway = gateway;
        this.template = template;
        this.targetLanguage = targetLanguage;
        this.random = random;
    }

    Brief write(Article article, List<TranslatedParagraph> paragraphs) {
        StringBuilder lines = new StringBuilder();
        for (TranslatedParagraph p : paragraphs) {
            lines.append('[').append(p.index()).append("] ").append(article.language()).append(": ")
                    .append(p.source().text()).append('\n');
            if (p.isOk()) {
                lines.append('[').append(p.index()).append("] ").append(targetLanguage).append(": ")
                        .append(p.translation()).append('\n');
            }
        }
        String text = lines.toString().strip();
        String fence = Fence.draw(random, text);
        Map<String, String> values = new HashMap<>();
        values.put("paragraphs", text);
        values.put("fence", fence);
        values.put("title", article.title());
        values.put("source_language", article.language());
        values.put("source_language_name", LanguageNames.english(article.language()));
        values.put("target_language", targetLanguage);
        values.put("target_language_name", LanguageNames.english(targetLanguage));
        ChatRequest request = ChatRequest.builder()
                .messages(SystemMessage.from(template.system(values)), UserMessage.from(template.user(values)))
                .responseFormat(FORMAT)
                .build();
        return gateway.ask(LABEL, request, BriefWriter::parse);
    }

    static Brief parse(String answer) {
        JsonNode json = JsonAnswers.object(answer, LABEL);
        String headline = JsonAnswers.requiredText(json, "headline", LABEL);
        String summary = JsonAnswers.requiredText(json, "summary", LABEL);
        List<String> keyPoints = JsonAnswers.array(json, "key_points").stream()
                .map(JsonNode::asText).map(String::strip).filter(s -> !s.isEmpty()).toList();
        List<Brief.KeyFigure> figures = JsonAnswers.array(json, "key_figures").stream()
                .map(f -> new Brief.KeyFigure(JsonAnswers.optionalText(f, "figure"), JsonAnswers.optionalText(f, "context")))
                .filter(f -> !f.figure().isEmpty())
                .toList();
        List<Brief.Entity> entities = JsonAnswers.array(json, "entities").stream()
                .map(e -> new Brief.Entity(JsonAnswers.optionalText(e, "name"), JsonAnswers.optionalText(e, "original"),
                        entityType(JsonAnswers.optionalText(e, "type"))))
                .filter(e -> !e.name().isEmpty())
                .toList();
        return new Brief(headline, summary, keyPoints, figures, entities);
    }

    private static String entityType(String type) {
        String t = type.toLowerCase(Locale.ROOT).replace("organisation", "organization");
        return ENTITY_TYPES.contains(t) ? t : "other";
    }
}
