package dev.tarjama.internal.config;

import dev.tarjama.internal.http.HttpClients;
import dev.tarjama.internal.llm.Provider;
import dev.tarjama.internal.llm.Secret;
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
    private final HttpClients http;

    public BackendProbe(HttpClients http) {
        this.http = http;
    }

    /**
     * What listing the provider's models said.
     *
     * @param status the HTTP status, or -1 when the server could not be reached in time
     * @param json   the body was JSON, as every provider's listing is (a proxy's error page is not)
     */
    public record Listing(int status, boolean json) {
        /** The server answered the listing as a provider would. */
        public boolean answered() {
            return status >= 200 && status < 300 && json;
        }

        public boolean refused() {
            return status == 401 || status == 403;
        }
    }

    /** Lists the provider's models at {@code baseUrl}, within {@code within}. */
    public Listing modelListing(Provider provider, String baseUrl, Secret key, Duration within) {
        String root = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        Request.Builder request = new Request.Builder();
        String secret = key == null ? "" : key.reveal();
        switch (provider.name()) {
            case "anthropic" ->
                request.url(root + "/models")
                        .header("anthropic-version", "2023-06-01")
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
        OkHttpClient quick = http.forUrl(withScheme(root))
                .newBuilder()
                .callTimeout(within)
                .connectTimeout(within)
                .build();
        try (Response response = quick.newCall(request.build()).execute()) {
            String body = response.body() == null
                    ? ""
                    : new String(
                            response.body().byteStream().readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8);
            return new Listing(response.code(), looksLikeJson(body));
        } catch (IOException | IllegalArgumentException e) {
            return new Listing(-1, false);
        }
    }

    private static boolean looksLikeJson(String body) {
        String b = body.stripLeading();
        return b.startsWith("{") || b.startsWith("[");
    }

    /** OLLAMA_HOST is often written host:port. */
    static String withScheme(String host) {
        return host.matches("(?i)https?://.*") ? host : "http://" + host;
    }
}
