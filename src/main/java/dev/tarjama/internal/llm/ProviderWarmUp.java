package dev.tarjama.internal.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import java.time.Duration;

/**
 * Runs a provider library's request path once, on a background thread and with no network at all: the request is
 * built and serialised exactly as a real one, then handed to a transport that refuses to send it. The first real
 * request of a run then does not pay for loading and compiling that path (about a tenth of a second on two cores)
 * while the user waits for it.
 */
public final class ProviderWarmUp {
    private ProviderWarmUp() {}

    /**
     * Warms up {@code backend}'s provider library in a daemon thread, unless {@code warm} already names the provider
     * (a daemon's or a watch's later runs find their path warm); nothing is sent, nothing can fail the run.
     *
     * @param warm the providers already warmed up in this process; the provider is added to it
     */
    public static void start(BackendConfig backend, java.util.Set<String> warm) {
        if (!warm.add(backend.provider())) {
            return;
        }
        Thread thread = new Thread(() -> run(backend), "tarjama-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run(BackendConfig backend) {
        try {
            BackendConfig offline = new BackendConfig(
                    backend.provider(),
                    backend.model(),
                    "http://warm-up.invalid/v1",
                    Secret.ofNullable("warm-up"),
                    Duration.ofSeconds(1),
                    backend.temperature());
            new ChatModelFactories(NoNetwork::new).create(offline).chat(request());
        } catch (RuntimeException | LinkageError expected) {
            // the transport refused to send, as it always does: the path up to it is now loaded and compiled
        }
    }

    private static ChatRequest request() {
        return ChatRequest.builder()
                .messages(SystemMessage.from("Translate."), UserMessage.from("<paragraph>نص</paragraph>"))
                .responseFormat(ResponseFormat.builder()
                        .type(ResponseFormatType.JSON)
                        .jsonSchema(JsonSchema.builder()
                                .name("warm_up")
                                .rootElement(JsonObjectSchema.builder()
                                        .addStringProperty("translation")
                                        .required("translation")
                                        .build())
                                .build())
                        .build())
                .build();
    }

    /** A transport that sends nothing. */
    private static final class NoNetwork implements HttpClientBuilder, HttpClient {
        @Override
        public Duration connectTimeout() {
            return Duration.ofSeconds(1);
        }

        @Override
        public HttpClientBuilder connectTimeout(Duration timeout) {
            return this;
        }

        @Override
        public Duration readTimeout() {
            return Duration.ofSeconds(1);
        }

        @Override
        public HttpClientBuilder readTimeout(Duration timeout) {
            return this;
        }

        @Override
        public HttpClient build() {
            return this;
        }

        @Override
        public SuccessfulHttpResponse execute(HttpRequest request) {
            throw new IllegalStateException("warm-up: nothing is sent");
        }

        @Override
        public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
            throw new IllegalStateException("warm-up: nothing is sent");
        }
    }
}
