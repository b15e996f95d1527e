package dev.tarjama.run;

import dev.tarjama.llm.Provider;
import dev.tarjama.llm.Secret;
import java.io.IOException;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The cheapest call each provider answers: listing its models. {@code auto} uses it to look for a local Ollama,
 * {@code tarjama backends} to tell whether a server is reachable and takes the credentials.
 */
public final class BackendProbe {
    private final OkHttpClient http;

    public BackendProbe(OkHttpClient http) {
        this.http = http;
    }

    /** The HTTP status of listing the provider's models at {@code baseUrl}, or -1 when it cannot be reached in time. */
    public int modelListing(Provider provider, String baseUrl, Secret key, Duration within) {
        String root = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        Request.Builder request = new Request.Builder();
        String secret = key == null ? "" : key.reveal();
        switch (provider.name()) {
            case "anthropic" -> request.url(root + "/models").header("anthropic-version", "2023-06-01")
                    .header("x-api-key", secret);
            case "gemini" -> request.url(root + "/models").header("x-goog-api-key", secret);
            case "ollama" -> request.url(withScheme(root) + "/api/tags");
            default -> {
                request.url(root + "/models");
                if (key != null) {
                    request.header("Authorization", "Bearer " + secret);
                }
            }
        }
        OkHttpClient quick = http.newBuilder().callTimeout(within).connectTimeout(within).build();
        try (Response response = quick.newCall(request.build()).execute()) {
            return response.code();
        } catch (IOException | IllegalArgumentException e) {
            return -1;
        }
    }

    /** OLLAMA_HOST is often written host:port. */
    static String withScheme(String host) {
        return host.matches("(?i)https?://.*") ? host : "http://" + host;
    }
}
