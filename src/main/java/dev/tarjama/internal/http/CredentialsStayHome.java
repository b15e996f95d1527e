package dev.tarjama.internal.http;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Keeps a provider's key on the origin it was given for. OkHttp drops {@code Authorization} when a redirect leaves the
 * host, but not the keys providers send in headers of their own (Anthropic's {@code x-api-key}, Gemini's
 * {@code x-goog-api-key}, Azure's {@code api-key}), nor any of them when only the port or the scheme changes: every
 * hop of a call whose origin (scheme, host, port) is not the first request's goes without them.
 */
final class CredentialsStayHome implements Interceptor {
    static final Set<String> CREDENTIALS =
            Set.of("authorization", "proxy-authorization", "x-api-key", "x-goog-api-key", "api-key", "cookie");

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        HttpUrl first = chain.call().request().url();
        if (sameOrigin(first, request.url())) {
            return chain.proceed(request);
        }
        Request.Builder bare = request.newBuilder();
        for (String name : request.headers().names()) {
            if (CREDENTIALS.contains(name.toLowerCase(Locale.ROOT))) {
                bare.removeHeader(name);
            }
        }
        return chain.proceed(bare.build());
    }

    private static boolean sameOrigin(HttpUrl a, HttpUrl b) {
        return a.scheme().equals(b.scheme()) && a.host().equalsIgnoreCase(b.host()) && a.port() == b.port();
    }
}
