package dev.tarjama.llm;

import dev.tarjama.Cancellation;
import java.util.function.LongSupplier;

/**
 * How many requests may be in flight at once: up to {@code -j}, lowered when the server answers 429 and raised
 * again as requests succeed (additive increase, multiplicative decrease). A server that allows two requests at a
 * time is then sent about two, instead of sixteen of which fourteen come back rate limited.
 */
public final class AdaptiveConcurrency {
    private static final long DECREASE_INTERVAL_NANOS = 1_000_000_000L;

    private final int max;
    private final LongSupplier nanoTime;
    private int limit;
    private int inFlight;
    private int successes;
    private long lastDecrease;

    public AdaptiveConcurrency(int max) {
        this(max, System::nanoTime);
    }

    AdaptiveConcurrency(int max, LongSupplier nanoTime) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1, was " + max);
        }
        this.max = max;
        this.limit = max;
        this.nanoTime = nanoTime;
        this.lastDecrease = nanoTime.getAsLong() - DECREASE_INTERVAL_NANOS;
    }

    /** Waits for a free place; false when the run was cancelled meanwhile (no place is taken then). */
    public synchronized boolean acquire(Cancellation cancellation) {
        while (inFlight >= limit) {
            if (cancellation.isCancelled()) {
                return false;
            }
            try {
                wait(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        inFlight++;
        return true;
    }

    public synchronized void release() {
        inFlight--;
        notifyAll();
    }

    /** One more place after each {@code limit} successes: about one per round of requests. */
    public synchronized void succeeded() {
        if (limit < max && ++successes >= limit) {
            limit++;
            successes = 0;
            notifyAll();
        }
    }

    /** Halves the limit, at most once a second: the 429s of one burst are one signal, not many. */
    public synchronized void rateLimited() {
        long now = nanoTime.getAsLong();
        if (now - lastDecrease >= DECREASE_INTERVAL_NANOS) {
            limit = Math.max(1, limit / 2);
            successes = 0;
            lastDecrease = now;
        }
    }

    public synchronized int limit() {
        return limit;
    }
}
