package dev.tarjama.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.util.function.Supplier;

/** OpenAI, and every server that speaks its chat-completions protocol (vLLM, llama.cpp, LM Studio, OpenRouter…). */
public final class OpenAiChatModelFactory implements ChatModelFactory {
    public static final String PROVIDER = "openai";
    public static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";
    public static final String DEFAULT_MODEL = "gpt-4.1-mini";

    private final Supplier<OkHttpChatClientBuilder> httpClients;

    public OpenAiChatModelFactory(Supplier<OkHttpChatClientBuilder> httpClients) {
        this.httpClients = httpClients;
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public ChatModel create(BackendConfig config) {
        return OpenAiChatModel.builder()
                .httpClientBuilder(httpClients.get())
                .baseUrl(config.baseUrl())
                .apiKey(config.apiKey() == null ? null : config.apiKey().reveal())
                .modelName(config.model())
                .temperature(config.temperature())
                .strictJsonSchema(true)
                .timeout(config.timeout())
                .maxRetries(0)
                .logRequests(false)
                .logResponses(false)
                .build();
    }
}
