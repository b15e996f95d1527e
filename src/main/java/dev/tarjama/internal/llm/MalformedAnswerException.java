package dev.tarjama.internal.llm;

/** The model answered, but not with what was asked for (truncated or invalid JSON, a missing field). Retried. */
public final class MalformedAnswerException extends RuntimeException {
    public MalformedAnswerException(String message) {
        super(message);
    }
}
