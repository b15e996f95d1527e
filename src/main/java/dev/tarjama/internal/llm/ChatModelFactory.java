package dev.tarjama.internal.llm;

import dev.langchain4j.model.chat.ChatModel;

/**
 * Builds a provider's LangChain4j {@link ChatModel}. The only place that names provider classes; everything
 * else talks to {@code ChatModel}. Implementations switch off the provider library's own retries: retrying is
 * owned by {@link ModelGateway}.
 */
public interface ChatModelFactory {
    /** The provider name this factory serves, as given to {@code --backend}. */
    String provider();

    ChatModel create(BackendConfig config);
}
