package dev.tarjama.internal.llm;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import java.util.function.Supplier;

/**
 * An Ollama server; structured output through its {@code format} JSON schema. No key, unless one is configured for a
 * server behind a proxy that asks for one ({@code OLLAMA_API_KEY}, or {@code api_key} in a profile): then it goes as a
 * bearer token.
 */
public final class OllamaChatModelFactory extends HttpChatModelFactory {
    public static final String PROVIDER = Provider.OLLAMA.name();

    public OllamaChatModelFactory(Supplier<? extends HttpClientBuilder> httpClients) {
        super(PROVIDER, httpClients);
    }

    @Override
    public ChatModel create(BackendConfig config) {
        OllamaChatModel.OllamaChatModelBuilder builder = OllamaChatModel.builder();
        if (config.apiKey() != null) {
            builder.customHeaders(java.util.Map.of(
                    "Authorization", "Bearer " + config.apiKey().reveal()));
        }
        return builder.httpClientBuilder(transport())
                .baseUrl(config.baseUrl())
                .modelName(config.model())
                .temperature(config.temperature())
                .timeout(config.timeout())
                .maxRetries(0)
                .logRequests(false)
                .logResponses(false)
                .build();
    }
}
