package dev.tarjama.llm;

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

/**
 * One failed attempt, classified for the retry layer, with a one-line description that never includes a key.
 *
 * @param kind       what to do about it
 * @param retryAfter how long the server asked us to wait, if it said
 * @param detail     one line for the user
 */
record Failure(FailureKind kind, Optional<Duration> retryAfter, String detail) {

    static Failure classify(Throwable error, Secret key) {
        Optional<Duration> retryAfter = find(error, ProviderHttpException.class).flatMap(ProviderHttpException::retryAfter);
        Optional<HttpException> http = find(error, HttpException.class);
        String status = http.map(h -> "HTTP " + h.statusCode()).orElse("");
        if (error instanceof MalformedAnswerException) {
            return new Failure(FailureKind.TRANSIENT, Optional.empty(), error.getMessage());
        }
        if (error instanceof AuthenticationException) {
            return new Failure(FailureKind.AUTHENTICATION, Optional.empty(), status);
        }
        if (error instanceof ModelNotFoundException) {
            return new Failure(FailureKind.MODEL_NOT_FOUND, Optional.empty(),
                    "the server does not know this model (" + status + ")" + serverSays(http, key));
        }
        if (error instanceof RateLimitException) {
            return new Failure(FailureKind.RATE_LIMITED, retryAfter, "rate limited (" + status + ")");
        }
        if (error instanceof InternalServerException) {
            return new Failure(FailureKind.TRANSIENT, retryAfter, "server error (" + status + ")");
        }
        if (error instanceof TimeoutException || find(error, InterruptedIOException.class).isPresent()) {
            return new Failure(FailureKind.TRANSIENT, Optional.empty(), "the request timed out");
        }
        if (error instanceof ContentFilteredException) {
            return new Failure(FailureKind.REJECTED, Optional.empty(), "the provider's content filter refused it");
        }
        if (error instanceof UnsupportedFeatureException) {
            return new Failure(FailureKind.REJECTED, Optional.empty(), oneLine(key(error.getMessage(), key)));
        }
        if (error instanceof InvalidRequestException) {
            return new Failure(FailureKind.REJECTED, Optional.empty(),
                    "the server rejected the request (" + status + ")" + serverSays(http, key));
        }
        if (error instanceof UnresolvedModelServerException || find(error, UnresolvedAddressException.class).isPresent()
                || find(error, UnknownHostException.class).isPresent() || find(error, ConnectException.class).isPresent()
                || find(error, NoRouteToHostException.class).isPresent()) {
            return new Failure(FailureKind.UNREACHABLE, Optional.empty(), "the server cannot be reached");
        }
        if (find(error, JsonProcessingException.class).isPresent()) {
            return new Failure(FailureKind.TRANSIENT, Optional.empty(),
                    "unreadable answer (truncated or invalid JSON from the server)");
        }
        if (find(error, IOException.class).isPresent()) {
            return new Failure(FailureKind.TRANSIENT, Optional.empty(),
                    "the connection failed (" + oneLine(key(find(error, IOException.class).get().getMessage(), key)) + ")");
        }
        if (http.isPresent()) {
            return new Failure(FailureKind.TRANSIENT, retryAfter, "unexpected answer (" + status + ")");
        }
        // a response LangChain4j could not parse (a truncated body) surfaces as a plain runtime exception
        return new Failure(FailureKind.TRANSIENT, Optional.empty(),
                "unreadable answer (" + oneLine(key(error.getClass().getSimpleName() + ": " + error.getMessage(), key)) + ")");
    }

    private static String serverSays(Optional<HttpException> http, Secret key) {
        return http.map(h -> h.getMessage() == null ? "" : ": " + oneLine(key(h.getMessage(), key))).orElse("");
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
