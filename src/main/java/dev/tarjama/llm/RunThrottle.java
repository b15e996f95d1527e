package dev.tarjama.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A run-wide pause. When any request is told to wait (a 429 with {@code Retry-After}), every request waits: the
 * provider's limit is per key, not per paragraph, and retrying the others at once would only earn more 429s.
 */
public final class RunThrottle {
    private final Clock clock;
    private Instant pausedUntil = Instant.MIN;

    public RunThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Holds every request until {@code wait} from now, unless a longer pause is already in force. */
    public synchronized void pauseFor(Duration wait) {
        Instant until = clock.instant().plus(wait);
        if (until.isAfter(pausedUntil)) {
            pausedUntil = until;
        }
    }

    /** Blocks until no pause is in force. */
    public void awaitClearance() throws InterruptedException {
        while (true) {
            Duration left;
            synchronized (this) {
                left = Duration.between(clock.instant(), pausedUntil);
            }
            if (left.isNegative() || left.isZero()) {
                return;
            }
            Thread.sleep(Math.max(1, left.toMillis()));
        }
    }
}
