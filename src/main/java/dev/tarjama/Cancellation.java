package dev.tarjama;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Set when the user interrupts a run (Ctrl-C, SIGTERM). Stages check it before starting new work; work in flight
 * has {@link #GRACE} to finish, after which whoever registered with {@link #onCancel} aborts it (in-flight HTTP
 * calls are cancelled), and what is finished is written.
 */
public final class Cancellation {
    /** How long requests in flight may still finish after an interrupt. */
    public static final Duration GRACE = Duration.ofSeconds(5);

    /** How long, beyond the grace period, an interrupted run may take to write what it finished before its process ends. */
    public static final Duration WRITE_MARGIN = Duration.ofSeconds(10);

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final List<Runnable> actions = new CopyOnWriteArrayList<>();
    private volatile long cancelledAtNanos;

    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            cancelledAtNanos = System.nanoTime();
            actions.forEach(Runnable::run);
        }
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Runs {@code action} when the run is cancelled (at once if it already is). Actions must not block. */
    public void onCancel(Runnable action) {
        actions.add(action);
        if (cancelled.get()) {
            action.run();
        }
    }

    /** Nanoseconds (on {@link System#nanoTime()}) until the grace period ends; {@code Long.MAX_VALUE} while running. */
    public long nanosLeftInGrace() {
        return cancelled.get() ? cancelledAtNanos + GRACE.toNanos() - System.nanoTime() : Long.MAX_VALUE;
    }

    /** Sleeps up to {@code millis}, returning early when the run is cancelled; true when the sleep was cut short. */
    public boolean sleep(long millis) {
        long until = System.nanoTime() + millis * 1_000_000;
        try {
            while (!cancelled.get()) {
                long left = until - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                Thread.sleep(Math.max(1, Math.min(100, left / 1_000_000)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }
}
