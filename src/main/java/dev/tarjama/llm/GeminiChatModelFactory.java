package dev.tarjama.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import java.util.function.Supplier;

/** Google's Gemini API; structured output through its response MIME type and schema. */
public final class GeminiChatModelFactory implements ChatModelFactory {
    public static final String PROVIDER = "gemini";

    private final Supplier<OkHttpChatClientBuilder> httpClients;

    public GeminiChatModelFactory(Supplier<OkHttpChatClientBuilder> httpClients) {
        this.httpClients = httpClients;
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public ChatModel create(BackendConfig config) {
        return GoogleAiGeminiChatModel.builder()
                .httpClientBuilder(httpClients.get())
                .baseUrl(config.baseUrl())
                .apiKey(config.apiKey() == null ? null : config.apiKey().reveal())
                .modelName(config.model())
                .temperature(config.temperature())
                .timeout(config.timeout())
                .maxRetries(0)
                .logRequests(false)
                .logResponses(false)
                .build();
    }
}
