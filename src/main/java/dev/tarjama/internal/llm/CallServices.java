package dev.tarjama.internal.llm;

import dev.tarjama.Cancellation;
import dev.tarjama.Reporter;
import dev.tarjama.internal.store.AnswerCache;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * What the model-call chain shares with the rest of a run: the answer cache, the retry policy, the pacing state
 * (one concurrency limit and one rate budget for every article and request), whom to tell about
 * retries, and the interrupt.
 *
 * @param cache        answers already paid for
 * @param readCache    use stored answers ({@code false} with {@code --refresh})
 * @param retry        attempts and waits
 * @param concurrency  requests in flight, adapted to the server's 429s
 * @param budget       requests and tokens per minute
 * @param listener     told about retries and warnings
 * @param cancellation set when the user interrupts the run
 * @param random       jitter
 */
public record CallServices(
        AnswerCache cache,
        boolean readCache,
        RetryPolicy retry,
        AdaptiveConcurrency concurrency,
        RateBudget budget,
        Reporter listener,
        Cancellation cancellation,
        RandomGenerator random) {
    public CallServices {
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(concurrency, "concurrency");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(cancellation, "cancellation");
        Objects.requireNonNull(random, "random");
    }
}
