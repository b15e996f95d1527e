package dev.tarjama.internal.llm;

import dev.langchain4j.http.client.HttpClientBuilder;
import java.util.function.Supplier;

/** A provider's factory that sends its traffic through the run's OkHttp client. */
abstract class HttpChatModelFactory implements ChatModelFactory {
    private final String provider;
    private final Supplier<? extends HttpClientBuilder> httpClients;

    HttpChatModelFactory(String provider, Supplier<? extends HttpClientBuilder> httpClients) {
        this.provider = provider;
        this.httpClients = httpClients;
    }

    @Override
    public final String provider() {
        return provider;
    }

    /** A fresh transport builder: LangChain4j sets its own timeouts on it. */
    final HttpClientBuilder transport() {
        return httpClients.get();
    }

    /** The key as the provider library wants it, or {@code null} for servers that take none. */
    static String key(BackendConfig config) {
        return config.apiKey() == null ? null : config.apiKey().reveal();
    }
}
