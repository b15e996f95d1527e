package dev.tarjama.internal.llm;

import dev.tarjama.Cancellation;
import java.util.function.LongSupplier;

/**
 * How many requests may be in flight at once: up to {@code -j}, halved when the server answers 429 and raised by one
 * per round of successes (additive increase, multiplicative decrease, as TCP does). Only a request sent after the
 * last decrease can cause another: the 429s of one burst are one signal, not many. A server that allows two requests
 * at a time is then sent about two, instead of sixteen of which fourteen come back refused.
 */
public final class AdaptiveConcurrency {
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
        this.lastDecrease = nanoTime.getAsLong() - 1;
    }

    /**
     * Waits for a free place.
     *
     * @return when the place was taken (pass it to {@link #rateLimited}), or -1 when the run was cancelled meanwhile
     *         (no place is taken then)
     */
    public synchronized long acquire(Cancellation cancellation) {
        while (inFlight >= limit) {
            if (cancellation.isCancelled()) {
                return -1;
            }
            try {
                wait(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
        inFlight++;
        return nanoTime.getAsLong();
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

    /** Halves the limit, unless the refused request was sent before the last decrease. */
    public synchronized void rateLimited(long sentAt) {
        if (sentAt - lastDecrease > 0) {
            limit = Math.max(1, limit / 2);
            successes = 0;
            lastDecrease = nanoTime.getAsLong();
        }
    }

    public synchronized int limit() {
        return limit;
    }
}
