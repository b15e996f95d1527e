package dev.tarjama.llm;

import dev.langchain4j.http.client.HttpClientBuilder;
import java.time.Clock;
import java.time.Duration;
import okhttp3.OkHttpClient;

/** Builds {@link OkHttpChatClient}s that share the run's OkHttp client, with the timeouts a provider asks for. */
public final class OkHttpChatClientBuilder implements HttpClientBuilder {
    private final OkHttpClient shared;
    private final Clock clock;
    private Duration connectTimeout;
    private Duration readTimeout;

    public OkHttpChatClientBuilder(OkHttpClient shared, Clock clock) {
        this.shared = shared;
        this.clock = clock;
    }

    @Override
    public Duration connectTimeout() {
        return connectTimeout;
    }

    @Override
    public OkHttpChatClientBuilder connectTimeout(Duration timeout) {
        this.connectTimeout = timeout;
        return this;
    }

    @Override
    public Duration readTimeout() {
        return readTimeout;
    }

    @Override
    public OkHttpChatClientBuilder readTimeout(Duration timeout) {
        this.readTimeout = timeout;
        return this;
    }

    @Override
    public OkHttpChatClient build() {
        OkHttpClient.Builder builder = shared.newBuilder();
        if (connectTimeout != null) {
            builder.connectTimeout(connectTimeout);
        }
        if (readTimeout != null) {
            // the whole call, not just each read: a server trickling bytes must not hold a paragraph forever
            builder.readTimeout(readTimeout).callTimeout(readTimeout);
        }
        return new OkHttpChatClient(builder.build(), clock);
    }
}
