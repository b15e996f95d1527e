package dev.tarjama.internal.llm;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import java.util.function.Supplier;

/** Anthropic's Messages API; structured output through its JSON-schema output format. */
public final class AnthropicChatModelFactory extends HttpChatModelFactory {
    public static final String PROVIDER = Provider.ANTHROPIC.name();
    /** Room for a long paragraph's translation or a brief; Anthropic requires a limit on every request. */
    private static final int MAX_OUTPUT_TOKENS = 4096;

    public AnthropicChatModelFactory(Supplier<? extends HttpClientBuilder> httpClients) {
        super(PROVIDER, httpClients);
    }

    @Override
    public ChatModel create(BackendConfig config) {
        return AnthropicChatModel.builder()
                .httpClientBuilder(transport())
                .baseUrl(config.baseUrl() + "/")
                .apiKey(key(config))
                .modelName(config.model())
                .temperature(config.temperature())
                .maxTokens(MAX_OUTPUT_TOKENS)
                // the system prompt is the same bytes in every request of a run: marked, Anthropic serves it from
                // its prompt cache at a tenth of the price once it is long enough to be cached
                .cacheSystemMessages(true)
                .timeout(config.timeout())
                .maxRetries(0)
                .logRequests(false)
                .logResponses(false)
                .build();
    }
}
