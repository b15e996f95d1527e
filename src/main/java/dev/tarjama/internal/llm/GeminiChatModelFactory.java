package dev.tarjama.internal.llm;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import java.util.function.Supplier;

/** Google's Gemini API; structured output through its response MIME type and schema. */
public final class GeminiChatModelFactory extends HttpChatModelFactory {
    public static final String PROVIDER = Provider.GEMINI.name();

    public GeminiChatModelFactory(Supplier<? extends HttpClientBuilder> httpClients) {
        super(PROVIDER, httpClients);
    }

    @Override
    public ChatModel create(BackendConfig config) {
        return GoogleAiGeminiChatModel.builder()
                .httpClientBuilder(transport())
                .baseUrl(config.baseUrl())
                .apiKey(key(config))
                .modelName(config.model())
                .temperature(config.temperature())
                .timeout(config.timeout())
                .maxRetries(0)
                .logRequests(false)
                .logResponses(false)
                .build();
    }
}
