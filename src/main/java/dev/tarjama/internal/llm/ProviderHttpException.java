package dev.tarjama.internal.llm;

import dev.langchain4j.exception.HttpException;
import java.time.Duration;
import java.util.Optional;

/**
 * A non-2xx answer from a provider, carrying what LangChain4j's own {@link HttpException} drops: how long the
 * server asked us to wait. LangChain4j maps it by status to its exception hierarchy with this as the root cause,
 * so the retry layer can still find the wait.
 */
public final class ProviderHttpException extends HttpException {
    private final transient Duration retryAfter;

    public ProviderHttpException(int statusCode, String body, Duration retryAfter) {
        super(statusCode, body);
        this.retryAfter = retryAfter;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
