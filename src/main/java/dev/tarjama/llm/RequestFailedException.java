package dev.tarjama.llm;

/** One request failed for good (attempts exhausted, rejected, or the run was interrupted); the run goes on. */
public final class RequestFailedException extends RuntimeException {
    private final int attempts;
    private final boolean interrupted;

    RequestFailedException(String message, int attempts) {
        this(message, attempts, false);
    }

    private RequestFailedException(String message, int attempts, boolean interrupted) {
        super(message);
        this.attempts = attempts;
        this.interrupted = interrupted;
    }

    static RequestFailedException interrupted() {
        return new RequestFailedException("not translated: the run was interrupted", 0, true);
    }

    public int attempts() {
        return attempts;
    }

    /** True when the request was never completed because the user interrupted the run. */
    public boolean isInterrupted() {
        return interrupted;
    }
}
