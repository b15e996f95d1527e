package dev.tarjama.llm;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import java.util.function.Supplier;

/** Anthropic's Messages API; structured output through its JSON-schema output format. */
public final class AnthropicChatModelFactory implements ChatModelFactory {
    public static final String PROVIDER = "anthropic";
    /** Room for a long paragraph's translation or a brief; Anthropic requires a limit on every request. */
    private static final int MAX_OUTPUT_TOKENS = 4096;

    private final Supplier<OkHttpChatClientBuilder> httpClients;

    public AnthropicChatModelFactory(Supplier<OkHttpChatClientBuilder> httpClients) {
        this.httpClients = httpClients;
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public ChatModel create(BackendConfig config) {
        return AnthropicChatModel.builder()
                .httpClientBuilder(httpClients.get())
                .baseUrl(config.baseUrl() + "/")
                .apiKey(config.apiKey() == null ? null : config.apiKey().reveal())
                .modelName(config.model())
                .temperature(config.temperature())
                .maxTokens(MAX_OUTPUT_TOKENS)
                .timeout(config.timeout())
                .maxRetries(0)
                .logRequests(false)
                .logResponses(false)
                .build();
    }
}
