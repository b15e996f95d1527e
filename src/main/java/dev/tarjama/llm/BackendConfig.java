package dev.tarjama.llm;

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
public record BackendConfig(String provider, String model, String baseUrl, Secret apiKey, Duration timeout,
                            double temperature) {
    public BackendConfig {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(timeout, "timeout");
    }

    /** What may be recorded about this backend: never the key. */
    public BackendInfo info() {
        return new BackendInfo(provider, model, baseUrl);
    }
}
