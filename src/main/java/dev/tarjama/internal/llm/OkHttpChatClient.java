package dev.tarjama.internal.llm;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import dev.tarjama.internal.http.HttpClients;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * LangChain4j's HTTP client SPI on OkHttp, so every provider shares one connection pool, one timeout policy,
 * and errors that keep the server's {@code Retry-After}.
 */
public final class OkHttpChatClient implements HttpClient {
    /** Error bodies are for one-line messages; a megabyte of HTML from a proxy is not. */
    private static final int MAX_ERROR_BODY = 2000;

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final HttpClients clients;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Clock clock;
    private volatile OkHttpClient plain;
    private volatile OkHttpClient secure;

    OkHttpChatClient(HttpClients clients, Duration connectTimeout, Duration readTimeout, Clock clock) {
        this.clients = clients;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.clock = clock;
    }

    /** The run's client for the URL's scheme, with this provider's timeouts (sharing the run's connection pool). */
    private OkHttpClient http(String url) {
        boolean cleartext = url.regionMatches(true, 0, "http://", 0, 7);
        OkHttpClient client = cleartext ? plain : secure;
        if (client == null) {
            OkHttpClient.Builder builder = clients.forUrl(url).newBuilder();
            if (connectTimeout != null) {
                builder.connectTimeout(connectTimeout);
            }
            if (readTimeout != null) {
                // the whole call, not just each read: a server trickling bytes must not hold a paragraph forever
                builder.readTimeout(readTimeout).callTimeout(readTimeout);
            }
            client = builder.build();
            if (cleartext) {
                plain = client;
            } else {
                secure = client;
            }
        }
        return client;
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) throws HttpException {
        Call call = http(request.url()).newCall(toOkHttp(request));
        try {
            return clients.execute(call, response -> {
                ResponseBody body = response.body();
                String text = body == null ? "" : body.string();
                if (!response.isSuccessful()) {
                    throw failure(response, text);
                }
                CacheReads.noteFrom(text);
                return SuccessfulHttpResponse.builder()
                        .statusCode(response.code())
                        .headers(headers(response.headers()))
                        .body(text)
                        .build();
            });
        } catch (InterruptedIOException e) {
            throw new TimeoutException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        try {
            clients.execute(http(request.url()).newCall(toOkHttp(request)), response -> {
                ResponseBody body = response.body();
                if (!response.isSuccessful()) {
                    listener.onError(failure(response, body == null ? "" : body.string()));
                    return null;
                }
                listener.onOpen(SuccessfulHttpResponse.builder()
                        .statusCode(response.code())
                        .headers(headers(response.headers()))
                        .build());
                if (body != null) {
                    try (InputStream in = body.byteStream()) {
                        parser.parse(in, listener);
                    }
                }
                listener.onClose();
                return null;
            });
        } catch (InterruptedIOException e) {
            listener.onError(new TimeoutException(e));
        } catch (IOException e) {
            listener.onError(new UncheckedIOException(e));
        }
    }

    private ProviderHttpException failure(Response response, String body) {
        String shortBody = body.length() > MAX_ERROR_BODY ? body.substring(0, MAX_ERROR_BODY) + "…" : body;
        return new ProviderHttpException(
                response.code(),
                shortBody,
                RetryAfterHeaders.from(response::header, clock.instant()).orElse(null));
    }

    private static Request toOkHttp(HttpRequest request) {
        Request.Builder builder = new Request.Builder().url(request.url());
        request.headers().forEach((name, values) -> {
            if (values != null) {
                values.forEach(value -> builder.addHeader(name, value));
            }
        });
        RequestBody body = request.body() == null ? null : RequestBody.create(request.body(), JSON);
        if (body == null && request.method().name().equals("POST")) {
            body = RequestBody.create(new byte[0], JSON);
        }
        return builder.method(request.method().name(), body).build();
    }

    private static Map<String, List<String>> headers(Headers headers) {
        return headers.toMultimap();
    }
}
