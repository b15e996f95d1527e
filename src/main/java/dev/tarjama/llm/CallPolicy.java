package dev.tarjama.llm;

import dev.tarjama.Cancellation;
import dev.tarjama.cache.AnswerCache;
import java.util.Objects;

/**
 * How the gateway treats every call of a run: retries, pacing, the answer cache, and interruption.
 *
 * @param backoff      attempts and waits between them
 * @param limiter      requests- and tokens-per-minute limits
 * @param throttle     the run-wide pause after a rate-limit answer
 * @param cache        answers already paid for
 * @param refresh      ask again even when the cache has an answer (and store the new one)
 * @param cancellation set when the user interrupts the run
 */
public record CallPolicy(BackoffPolicy backoff, RateLimiter limiter, RunThrottle throttle, AnswerCache cache,
                         boolean refresh, Cancellation cancellation) {
    public CallPolicy {
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(limiter, "limiter");
        Objects.requireNonNull(throttle, "throttle");
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(cancellation, "cancellation");
    }
}
