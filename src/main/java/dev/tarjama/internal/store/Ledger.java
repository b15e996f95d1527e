package dev.tarjama.internal.store;

import dev.tarjama.internal.http.Validators;
import dev.tarjama.model.ArticleState;
import dev.tarjama.model.Spent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a watch remembers, and the queue its workers share: one entry per article (see {@link ArticleLifecycle},
 * which makes every entry), what each source's server said identifies its last version, and what was spent when.
 * Stored in an embedded SQLite file for one watcher and in PostgreSQL for several ({@link JdbcLedger}).
 * Implementations are safe for use by several threads of one worker.
 */
public interface Ledger extends AutoCloseable {
    /** The article of {@code key}, or of the same source with {@code link} as its id or link (may be null). */
    Optional<LedgerEntry> find(ArticleKey key, String link);

    /** An article with this text under any key: a translated one first, else one queued or being translated. */
    Optional<LedgerEntry> withContent(String contentHash);

    /** Stores the entry as it is, in place of what was known of its key. */
    void save(LedgerEntry entry);

    /** Every entry. */
    List<LedgerEntry> all();

    /** How many articles are in each state; every state is in the map. */
    Map<ArticleState, Integer> counts();

    /** Whether an article of {@code source} failed and its next attempt is due at {@code now}: read the source whole. */
    boolean retryDue(String source, Instant now);

    /**
     * Claims the article that waited longest in the queue: a queued one, or one whose worker's lease ran out or whose
     * process (on this machine) is gone. The claim is the lifecycle's {@link ArticleLifecycle#claimed} transition.
     */
    Optional<LedgerEntry> claimNext(String worker, Duration lease, ArticleLifecycle lifecycle);

    /** Extends {@code worker}'s claim on {@code key}; false when it no longer holds it (its lease ran out and another took it). */
    boolean renew(ArticleKey key, String worker, Duration lease, ArticleLifecycle lifecycle);

    /** How many articles wait in the queue or are being translated. */
    int queued();

    /**
     * Claims the polling of {@code source} for {@code worker}: false when another worker is polling it or polled it
     * less than {@code gap} ago, so each source is read once per cycle however many workers share the ledger.
     */
    boolean claimPoll(String source, String worker, Duration gap);

    /** What to send the source's server to be told "not modified"; {@link Validators#NONE} when nothing is known. */
    Validators validators(String source);

    /** Remembers what the source's server said of the version just read, and ends the poll's claim. */
    void polled(String source, Validators validators);

    /** Adds what processing an article cost at {@code at}, kept even when it failed. */
    void spend(Instant at, Spent spent);

    /** What was spent from {@code since} on. */
    Spent spentSince(Instant since);

    @Override
    void close();
}
