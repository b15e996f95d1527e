package dev.tarjama.internal.pipeline;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.tarjama.internal.prompt.PromptTemplate;
import dev.tarjama.model.Article;
import dev.tarjama.model.Languages;
import java.util.HashMap;
import java.util.Map;

/** A request made from a template: the placeholders every kind shares, then the kind's own. */
final class TemplateRequest {
    private final Map<String, String> values = new HashMap<>();

    /** Starts with the article's title and the languages, codes and English names. */
    TemplateRequest(Article article, String targetLanguage) {
        values.put("title", article.title());
        values.put("source_language", article.language());
        values.put("source_language_name", Languages.englishName(article.language(), "the source language"));
        values.put("target_language", targetLanguage);
        values.put("target_language_name", Languages.englishName(targetLanguage, "the target language"));
    }

    TemplateRequest with(String placeholder, String value) {
        values.put(placeholder, value);
        return this;
    }

    /** Instructions in the system message, article text in the user message, the answer held to {@code format}. */
    ChatRequest build(PromptTemplate template, ResponseFormat format) {
        return ChatRequest.builder()
                .messages(SystemMessage.from(template.system(values)), UserMessage.from(template.user(values)))
                .responseFormat(format)
                .build();
    }
}
