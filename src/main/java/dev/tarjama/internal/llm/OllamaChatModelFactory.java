package dev.tarjama.internal.llm;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import java.util.function.Supplier;

/** A local Ollama server; structured output through its {@code format} JSON schema. No key. */
public final class OllamaChatModelFactory extends HttpChatModelFactory {
    public static final String PROVIDER = Provider.OLLAMA.name();

    public OllamaChatModelFactory(Supplier<? extends HttpClientBuilder> httpClients) {
        super(PROVIDER, httpClients);
    }

    @Override
    public ChatModel create(BackendConfig config) {
        return OllamaChatModel.builder()
                .httpClientBuilder(transport())
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
