package dev.tarjama.internal.watch;

import dev.tarjama.internal.store.ArticleLifecycle;
import java.time.Duration;
import java.util.Objects;

/**
 * How a watch works, besides its sources.
 *
 * @param budget           the limits per cycle and per day
 * @param lifecycle        the articles' state machine (with its first retry wait)
 * @param worker           who this worker is, as its claims name it
 * @param lease            how long a claim holds without a renewal: how soon another worker takes over a dead one's
 * @param articlesInFlight how many articles are translated side by side
 * @param shared           other workers share the ledger: look at the queue between polls
 */
public record WatchSettings(
        Budget budget,
        ArticleLifecycle lifecycle,
        String worker,
        Duration lease,
        int articlesInFlight,
        boolean shared) {
    public WatchSettings {
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(lifecycle, "lifecycle");
        Objects.requireNonNull(worker, "worker");
        Objects.requireNonNull(lease, "lease");
        if (articlesInFlight < 1) {
            throw new IllegalArgumentException("articlesInFlight must be at least 1, was " + articlesInFlight);
        }
    }
}
