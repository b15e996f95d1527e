package dev.tarjama.internal.llm;

import dev.tarjama.model.BackendInfo;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything needed to reach one provider's model.
 *
 * @param provider    provider name as users type it, e.g. {@code openai}
 * @param model       model name as the provider knows it
 * @param baseUrl     API root URL
 * @param apiKey      credential, or {@code null} for servers that need none
 * @param timeout     limit for one request, from connect to last byte
 * @param temperature sampling temperature; translation wants it low
 */
public record BackendConfig(
        String provider, String model, String baseUrl, Secret apiKey, Duration timeout, double temperature) {
    public BackendConfig {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(timeout, "timeout");
    }

    /** The backend as a run reaches it: its timeout and temperature are the run's options. */
    public static BackendConfig of(dev.tarjama.Backend backend, dev.tarjama.Options options) {
        return new BackendConfig(
                backend.provider(),
                backend.model(),
                backend.baseUrl(),
                Secret.ofNullable(backend.apiKey()),
                options.requests().timeout(),
                options.translation().temperature());
    }

    /** What may be recorded about this backend: never the key, nor credentials written into the URL. */
    public BackendInfo info() {
        return new BackendInfo(provider, model, displayUrl());
    }

    /** The base URL without any user name or password in it ({@code http://user:pass@host/v1} → {@code http://host/v1}). */
    public String displayUrl() {
        return withoutUserInfo(baseUrl);
    }

    /** {@code url} without the user-info part of its authority. */
    public static String withoutUserInfo(String url) {
        return new dev.tarjama.Backend("any", "any", url, null, null).displayUrl();
    }
}
