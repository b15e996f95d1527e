package dev.tarjama;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The model a run talks to and where it lives. Its {@link #toString()} never shows the key.
 *
 * @param provider   openai (or any OpenAI-compatible server), anthropic, gemini, ollama, or local (the embedded
 *                   engine)
 * @param model      the model's name as its provider knows it
 * @param baseUrl    the API root, e.g. {@code https://api.openai.com/v1}
 * @param apiKey     the credential, or {@code null} for a server that needs none
 * @param localModel for the embedded engine, the GGUF file it runs; else {@code null}
 */
public record Backend(String provider, String model, String baseUrl, String apiKey, Path localModel) {
    public Backend {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(baseUrl, "baseUrl");
        apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
    }

    /** The base URL without a user name or password in it ({@code http://user:pass@host/v1} → {@code http://host/v1}). */
    public String displayUrl() {
        int scheme = baseUrl.indexOf("://");
        if (scheme < 0) {
            return baseUrl;
        }
        int authorityEnd = baseUrl.indexOf('/', scheme + 3);
        String authority =
                authorityEnd < 0 ? baseUrl.substring(scheme + 3) : baseUrl.substring(scheme + 3, authorityEnd);
        int at = authority.lastIndexOf('@');
        if (at < 0) {
            return baseUrl;
        }
        return baseUrl.substring(0, scheme + 3)
                + authority.substring(at + 1)
                + (authorityEnd < 0 ? "" : baseUrl.substring(authorityEnd));
    }

    @Override
    public String toString() {
        return "Backend[provider=" + provider + ", model=" + model + ", baseUrl=" + displayUrl() + ", apiKey="
                + (apiKey == null ? "none" : "***") + (localModel == null ? "" : ", localModel=" + localModel) + "]";
    }
}
