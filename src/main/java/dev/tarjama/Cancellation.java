package dev.tarjama;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Set when the user interrupts a run (Ctrl-C). Stages check it before starting new work; work in flight may
 * finish, and what is finished is written.
 */
public final class Cancellation {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }
}
