package dev.tarjama.watch;

import dev.tarjama.source.Validators;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything a watch remembers, and the queue its workers share: every item seen, the articles waiting to be
 * translated, what each source's server said identifies its last version, and what was spent when. Implemented on
 * embedded SQLite for one watcher and on PostgreSQL for several.
 */
public interface Ledger extends AutoCloseable {
    Optional<LedgerEntry> find(String itemId);

    /**
     * A finished (else a queued) item with this content, under whatever id: the same article reached another way.
     */
    Optional<LedgerEntry> withContent(String contentHash);

    /** Records where an item stands; a queued item recorded so leaves the queue and its claim ends. */
    void record(LedgerEntry entry);

    /** Every entry, the most recently tried first. */
    List<LedgerEntry> all();

    /**
     * Claims the polling of {@code source} for {@code worker}: false when another worker is polling it or polled it
     * less than {@code gap} ago, so each source is read once per cycle however many workers share the ledger.
     */
    boolean claimPoll(String source, String worker, Duration gap, Instant now);

    /** What to send the source's server to be told "not modified"; {@link Validators#NONE} when nothing is known. */
    Validators validators(String source);

    /** Remembers what the source's server said of the version just read, and ends the poll's claim. */
    void polled(String source, Validators validators, Instant at);

    /** Puts an article in the queue, replacing what was known of its item. */
    void enqueue(QueuedItem item, Instant at);

    /**
     * Claims the queued article that waited longest, for {@code lease}: one no other worker holds, or whose holder's
     * lease ran out (it died).
     */
    Optional<QueuedItem> claimNext(String worker, Duration lease, Instant now);

    /** Extends a claim while its worker is still translating. */
    void renew(String itemId, String worker, Duration lease, Instant now);

    /** Gives a claimed article back to the queue untouched (the worker is stopping). */
    void release(String itemId, String worker);

    /** How many articles wait in the queue. */
    int queued();

    /** Adds what processing an item cost at {@code at}, kept even when the item failed. */
    void spend(Instant at, Spent spent);

    /** What was spent from {@code since} on. */
    Spent spentSince(Instant since);

    @Override
    void close();
}
