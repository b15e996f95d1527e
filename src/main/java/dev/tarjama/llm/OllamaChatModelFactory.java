package dev.tarjama.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import java.util.function.Supplier;

/** A local Ollama server; structured output through its {@code format} JSON schema. No key. */
public final class OllamaChatModelFactory implements ChatModelFactory {
    public static final String PROVIDER = "ollama";

    private final Supplier<OkHttpChatClientBuilder> httpClients;

    public OllamaChatModelFactory(Supplier<OkHttpChatClientBuilder> httpClients) {
        this.httpClients = httpClients;
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public ChatModel create(BackendConfig config) {
        return OllamaChatModel.builder()
                .httpClientBuilder(httpClients.get())
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
