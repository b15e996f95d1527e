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
public record BackendConfig(
        String provider, String model, String baseUrl, Secret apiKey, Duration timeout, double temperature) {
    public BackendConfig {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(timeout, "timeout");
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
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return url;
        }
        int authorityEnd = url.indexOf('/', scheme + 3);
        String authority = authorityEnd < 0 ? url.substring(scheme + 3) : url.substring(scheme + 3, authorityEnd);
        int at = authority.lastIndexOf('@');
        if (at < 0) {
            return url;
        }
        return url.substring(0, scheme + 3)
                + authority.substring(at + 1)
                + (authorityEnd < 0 ? "" : url.substring(authorityEnd));
    }
}
