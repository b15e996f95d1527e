package dev.tarjama.internal.llm;

import dev.tarjama.BackendException;
import dev.tarjama.TarjamaException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether the backend is worth asking at all, shared by every question of a run. A refused key or an unknown model
 * stops the run at the first answer that says so; a server that never answers stops it after a run of timeouts
 * with nothing answered in between, instead of retrying every paragraph for an hour.
 */
public final class BackendHealth {
    private final BackendConfig backend;
    private final int timeoutsBeforeStop;
    private final AtomicReference<TarjamaException> stopped = new AtomicReference<>();
    private final AtomicInteger timeoutsInARow = new AtomicInteger();
    private volatile boolean everAnswered;

    /** @param timeoutsBeforeStop consecutive timeouts, with no answer between them, that stop the run */
    public BackendHealth(BackendConfig backend, int timeoutsBeforeStop) {
        this.backend = backend;
        this.timeoutsBeforeStop = timeoutsBeforeStop;
    }

    /** @throws TarjamaException the cause, when the run was stopped */
    void checkRunning() {
        TarjamaException stop = stopped.get();
        if (stop != null) {
            throw stop;
        }
    }

    void answered() {
        timeoutsInARow.set(0);
        everAnswered = true;
    }

    /** Whether the backend has answered any question since this was made: then it was set up right once. */
    public boolean everAnswered() {
        return everAnswered;
    }

    /**
     * Lets the backend be asked again after it stopped the run: a watch's next cycle, when a server that went down
     * (or a key being rotated) may be back.
     */
    public void resume() {
        timeoutsInARow.set(0);
        stopped.set(null);
    }

    /** Records a failed attempt; returns the exception that stops the run when this failure does. */
    TarjamaException failed(CallFailedException failure, boolean lastAttempt) {
        boolean stop = failure.kind().stopsRun && (lastAttempt || !failure.kind().retriable);
        if (failure.kind() == FailureKind.TIMEOUT && timeoutsInARow.incrementAndGet() >= timeoutsBeforeStop) {
            stop = true;
        }
        if (!stop) {
            return null;
        }
        stopped.compareAndSet(null, stopCause(failure));
        return stopped.get();
    }

    /** The exception that stopped the run, or {@code null}. */
    public TarjamaException stopCause() {
        return stopped.get();
    }

    private TarjamaException stopCause(CallFailedException failure) {
        String where = backend.provider() + " at " + backend.displayUrl();
        return switch (failure.kind()) {
            case AUTHENTICATION ->
                new BackendException(
                        where + " refused the credentials (" + failure.getMessage() + "); check the API key");
            case MODEL_NOT_FOUND ->
                new BackendException("model '" + backend.model() + "' is not available from " + where + ": "
                        + failure.getMessage() + "; choose another with --model");
            case TIMEOUT ->
                new BackendException(
                        where + " is not answering: " + timeoutsInARow.get() + " requests in a row timed out after "
                                + seconds(backend) + " with nothing answered; check the server, or raise --timeout");
            default ->
                new BackendException("cannot reach " + where + " (" + failure.getMessage()
                        + "); is the server running and the URL right?");
        };
    }

    private static String seconds(BackendConfig backend) {
        long s = backend.timeout().toSeconds();
        return s > 0 ? s + " s" : backend.timeout().toMillis() + " ms";
    }
}
