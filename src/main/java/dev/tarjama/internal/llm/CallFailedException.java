package dev.tarjama.internal.llm;

import java.time.Duration;
import java.util.Optional;

/**
 * One attempt failed, classified for the layers above: the kind says whether to retry, wait or stop the run; the
 * detail is one line for the user and never holds a key.
 */
public final class CallFailedException extends RuntimeException {
    private final FailureKind kind;
    private final transient Duration retryAfter;
    private final int status;
    private final Tokens tokens;

    CallFailedException(FailureKind kind, Duration retryAfter, int status, String detail, Throwable cause) {
        this(kind, retryAfter, status, detail, cause, Tokens.NONE);
    }

    /** @param tokens what the failed attempt still cost (an answer that came back unusable was paid for) */
    CallFailedException(
            FailureKind kind, Duration retryAfter, int status, String detail, Throwable cause, Tokens tokens) {
        super(detail, cause, false, false);
        this.kind = kind;
        this.retryAfter = retryAfter;
        this.status = status;
        this.tokens = tokens;
    }

    CallFailedException(FailureKind kind, String detail) {
        this(kind, null, 0, detail, null);
    }

    public FailureKind kind() {
        return kind;
    }

    /** How long the server asked us to wait, if it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** The HTTP status, or 0 when there was no answer. */
    public int status() {
        return status;
    }

    public Tokens tokens() {
        return tokens;
    }

    /** The server is pacing us and said when to come back: wait, do not count it as a failed attempt. */
    public boolean isPacing() {
        return retryAfter != null && (kind == FailureKind.RATE_LIMITED || status == 503 || status == 529);
    }
}
