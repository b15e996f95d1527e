package dev.tarjama.llm;

/** One request failed for good (attempts exhausted, or the server rejected it); the run goes on. */
public final class RequestFailedException extends RuntimeException {
    private final int attempts;

    RequestFailedException(String message, int attempts) {
        super(message);
        this.attempts = attempts;
    }

    public int attempts() {
        return attempts;
    }
}
