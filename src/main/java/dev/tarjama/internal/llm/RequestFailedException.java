package dev.tarjama.internal.llm;

/** One question failed for good (attempts exhausted, rejected, or the run was interrupted); the run goes on. */
public final class RequestFailedException extends RuntimeException {
    private final int attempts;
    private final boolean interrupted;

    public RequestFailedException(String message, int attempts) {
        this(message, attempts, false);
    }

    private RequestFailedException(String message, int attempts, boolean interrupted) {
        super(message, null, false, false);
        this.attempts = attempts;
        this.interrupted = interrupted;
    }

    public static RequestFailedException interrupted() {
        return new RequestFailedException("not translated: the run was interrupted", 0, true);
    }

    public int attempts() {
        return attempts;
    }

    /** True when the question was never answered because the user interrupted the run. */
    public boolean isInterrupted() {
        return interrupted;
    }
}
