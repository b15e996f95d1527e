package dev.tarjama.internal.llm;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How long to keep trying. Failures (5xx, timeouts, malformed answers) count against {@code maxAttempts}, with
 * exponential backoff and full jitter (a random wait between zero and {@code base·2^(attempt-1)}, capped) so that
 * requests that failed together do not retry together. A server that paces us (429 with a wait) is waited out
 * without counting an attempt, for as long as {@code maxWait} allows from the question's first attempt.
 *
 * @param maxAttempts failed attempts per question, the first included
 * @param base        the ceiling of the first backoff wait
 * @param cap         the ceiling of any backoff wait
 * @param maxWait     how long one question may be kept waiting by a server that paces us
 */
public record RetryPolicy(int maxAttempts, Duration base, Duration cap, Duration maxWait) {
    public static final RetryPolicy DEFAULT =
            new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMinutes(10));

    /** The policy the options ask for; the cap on any one wait stays the default's. */
    public static RetryPolicy of(dev.tarjama.Options.Requests requests) {
        return new RetryPolicy(requests.maxAttempts(), requests.retryDelay(), DEFAULT.cap(), requests.maxWait());
    }

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
    }

    /** The backoff before the next attempt, after failed attempt {@code attempt} (from 1). */
    Duration backoff(int attempt, RandomGenerator random) {
        long ceiling = Math.min(cap.toMillis(), base.toMillis() << Math.min(attempt - 1, 20));
        return Duration.ofMillis(ceiling <= 0 ? 0 : random.nextLong(ceiling + 1));
    }

    /** The wait a server asked for, with a little jitter so that the requests it held do not all return at once. */
    Duration paced(Duration asked, RandomGenerator random) {
        long spread = Math.max(1, Math.min(1000, asked.toMillis() / 10));
        return asked.plusMillis(random.nextLong(spread));
    }
}
