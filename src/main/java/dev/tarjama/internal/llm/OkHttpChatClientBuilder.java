package dev.tarjama.internal.llm;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.tarjama.internal.http.HttpClients;
import java.time.Clock;
import java.time.Duration;

/** Builds {@link OkHttpChatClient}s on the run's HTTP clients, with the timeouts a provider asks for. */
public final class OkHttpChatClientBuilder implements HttpClientBuilder {
    private final HttpClients clients;
    private final Clock clock;
    private Duration connectTimeout;
    private Duration readTimeout;

    public OkHttpChatClientBuilder(HttpClients clients, Clock clock) {
        this.clients = clients;
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
        return new OkHttpChatClient(clients, connectTimeout, readTimeout, clock);
    }
}
