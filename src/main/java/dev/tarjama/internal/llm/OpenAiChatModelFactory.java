package dev.tarjama.internal.llm;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.util.function.Supplier;

/** OpenAI, and every server that speaks its chat-completions protocol (vLLM, llama.cpp, LM Studio, OpenRouter…). */
public final class OpenAiChatModelFactory extends HttpChatModelFactory {
    public static final String PROVIDER = Provider.OPENAI.name();

    public OpenAiChatModelFactory(Supplier<? extends HttpClientBuilder> httpClients) {
        super(PROVIDER, httpClients);
    }

    @Override
    public ChatModel create(BackendConfig config) {
        return OpenAiChatModel.builder()
                .httpClientBuilder(transport())
                .baseUrl(config.baseUrl())
                .apiKey(key(config))
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
