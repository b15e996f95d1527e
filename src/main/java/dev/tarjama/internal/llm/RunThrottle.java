package dev.tarjama.internal.llm;

import dev.tarjama.Cancellation;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A run-wide pause. When any request is told to wait (a 429 with {@code Retry-After}), every request waits: the
 * provider's limit is per key, not per paragraph, and retrying the others at once would only earn more 429s.
 * Time is measured on the monotonic clock, so a wall-clock change cannot shorten or stretch a pause.
 */
public final class RunThrottle {
    private final LongSupplier nanoTime;
    private long pausedUntil;

    public RunThrottle() {
        this(System::nanoTime);
    }

    RunThrottle(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.pausedUntil = nanoTime.getAsLong();
    }

    /** Holds every request until {@code wait} from now, unless a longer pause is already in force. */
    public synchronized void pauseFor(Duration wait) {
        long until = nanoTime.getAsLong() + wait.toNanos();
        if (until - pausedUntil > 0) {
            pausedUntil = until;
        }
    }

    /** Blocks until no pause is in force; false when the run was cancelled meanwhile. */
    public boolean await(Cancellation cancellation) {
        while (true) {
            long left;
            synchronized (this) {
                left = pausedUntil - nanoTime.getAsLong();
            }
            if (left <= 0) {
                return !cancellation.isCancelled();
            }
            if (cancellation.sleep(Math.max(1, Math.min(left / 1_000_000, 250)))) {
                return false;
            }
        }
    }
}
