package dev.tarjama.internal.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.ContentFilteredException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import dev.langchain4j.exception.UnsupportedFeatureException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Optional;

/** Classifies what a provider library threw into a {@link CallFailedException}, in one line that never holds a key. */
final class Failures {
    private Failures() {}

    static CallFailedException classify(Throwable error, Secret key) {
        Optional<Duration> hinted = find(error, ProviderHttpException.class).flatMap(ProviderHttpException::retryAfter);
        Duration retryAfter = hinted.orElse(null);
        Optional<HttpException> http = find(error, HttpException.class);
        int code = http.map(HttpException::statusCode).orElse(0);
        String status = http.map(h -> "HTTP " + h.statusCode()).orElse("");
        if (error instanceof CallFailedException known) {
            return known;
        }
        if (error instanceof MalformedAnswerException) {
            return failure(FailureKind.TRANSIENT, null, 0, error.getMessage(), error);
        }
        if (error instanceof AuthenticationException) {
            return failure(FailureKind.AUTHENTICATION, null, code, status, error);
        }
        if (error instanceof ModelNotFoundException) {
            return failure(
                    FailureKind.MODEL_NOT_FOUND,
                    null,
                    code,
                    "the server does not know this model (" + status + ")" + serverSays(http, key),
                    error);
        }
        if (error instanceof RateLimitException || code == 429) {
            return failure(FailureKind.RATE_LIMITED, retryAfter, code, "rate limited (" + status + ")", error);
        }
        if (error instanceof InternalServerException || code >= 500) {
            return failure(FailureKind.TRANSIENT, retryAfter, code, "server error (" + status + ")", error);
        }
        if (error instanceof TimeoutException
                || find(error, InterruptedIOException.class).isPresent()) {
            return failure(FailureKind.TIMEOUT, null, 0, "the request timed out", error);
        }
        if (error instanceof ContentFilteredException) {
            return failure(FailureKind.REJECTED, null, code, "the provider's content filter refused it", error);
        }
        if (error instanceof UnsupportedFeatureException) {
            return failure(FailureKind.REJECTED, null, code, oneLine(key(error.getMessage(), key)), error);
        }
        if (error instanceof InvalidRequestException) {
            return failure(
                    FailureKind.REJECTED,
                    null,
                    code,
                    "the server rejected the request (" + status + ")" + serverSays(http, key),
                    error);
        }
        if (error instanceof UnresolvedModelServerException
                || find(error, UnresolvedAddressException.class).isPresent()
                || find(error, UnknownHostException.class).isPresent()
                || find(error, ConnectException.class).isPresent()
                || find(error, NoRouteToHostException.class).isPresent()) {
            return failure(FailureKind.UNREACHABLE, null, 0, "the server cannot be reached", error);
        }
        if (find(error, JsonProcessingException.class).isPresent()) {
            return failure(
                    FailureKind.TRANSIENT,
                    null,
                    code,
                    "unreadable answer (truncated or invalid JSON from the server)",
                    error);
        }
        if (find(error, IOException.class).isPresent()) {
            return failure(
                    FailureKind.TRANSIENT,
                    null,
                    code,
                    "the connection failed ("
                            + oneLine(key(find(error, IOException.class).get().getMessage(), key)) + ")",
                    error);
        }
        if (http.isPresent()) {
            return failure(FailureKind.TRANSIENT, retryAfter, code, "unexpected answer (" + status + ")", error);
        }
        // a response LangChain4j could not parse (a truncated body) surfaces as a plain runtime exception
        return failure(
                FailureKind.TRANSIENT,
                null,
                0,
                "unreadable answer (" + oneLine(key(error.getClass().getSimpleName() + ": " + error.getMessage(), key))
                        + ")",
                error);
    }

    /** The cause is kept only for {@code -v}; its message may echo a request, so it is never shown by default. */
    private static CallFailedException failure(
            FailureKind kind, Duration retryAfter, int status, String detail, Throwable cause) {
        return new CallFailedException(kind, retryAfter, status, detail, cause);
    }

    private static String serverSays(Optional<HttpException> http, Secret key) {
        return http.map(h -> h.getMessage() == null ? "" : ": " + oneLine(key(h.getMessage(), key)))
                .orElse("");
    }

    private static String key(String text, Secret key) {
        return key == null || text == null ? String.valueOf(text) : key.redact(text);
    }

    static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    private static <T extends Throwable> Optional<T> find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
