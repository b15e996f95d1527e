package dev.tarjama.llm;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * How often and how long to wait between attempts: exponential backoff with full jitter (a random wait between
 * zero and {@code base·2^(attempt-1)}, capped), so that parallel requests that failed together do not retry
 * together. A wait the server asked for is honoured instead, with a little jitter on top.
 *
 * @param maxAttempts attempts per request, the first included
 * @param base        the ceiling of the first wait
 * @param cap         the ceiling of any computed wait
 */
public record BackoffPolicy(int maxAttempts, Duration base, Duration cap) {
    public static final BackoffPolicy DEFAULT = new BackoffPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(60));

    public BackoffPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
    }

    /** The wait before attempt {@code attempt + 1}, after attempt {@code attempt} (from 1) failed. */
    Duration delayAfter(int attempt, Optional<Duration> serverAsked, RandomGenerator random) {
        if (serverAsked.isPresent()) {
            long jitter = base.toMillis() <= 0 ? 0 : random.nextLong(Math.max(1, base.toMillis() / 4));
            return serverAsked.get().plusMillis(jitter);
        }
        long ceiling = Math.min(cap.toMillis(), base.toMillis() << Math.min(attempt - 1, 20));
        return Duration.ofMillis(ceiling <= 0 ? 0 : random.nextLong(ceiling + 1));
    }
}
