package dev.tarjama.internal.llm;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.chat.ChatModel;
import dev.tarjama.ConfigurationException;
import java.util.List;
import java.util.function.Supplier;

/** The one place that maps a provider name to the factory that builds its LangChain4j model. */
public final class ChatModelFactories {
    private final List<ChatModelFactory> factories;

    public ChatModelFactories(Supplier<? extends HttpClientBuilder> httpClients) {
        this.factories = List.of(
                new OpenAiChatModelFactory(httpClients),
                new AnthropicChatModelFactory(httpClients),
                new GeminiChatModelFactory(httpClients),
                new OllamaChatModelFactory(httpClients));
    }

    /** The model for {@code config}; the embedded engine is reached through its OpenAI-compatible server. */
    public ChatModel create(BackendConfig config) {
        String wire = config.provider().equals(Provider.LOCAL.name()) ? Provider.OPENAI.name() : config.provider();
        return factories.stream()
                .filter(f -> f.provider().equals(wire))
                .findFirst()
                .orElseThrow(() -> new ConfigurationException("unknown backend '" + config.provider() + "'"))
                .create(config);
    }
}
