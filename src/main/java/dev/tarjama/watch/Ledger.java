package dev.tarjama.watch;

import dev.tarjama.source.Validators;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything a watch remembers: every item seen, what each source's server said identifies its last version, and
 * what was spent when. Implemented on embedded SQLite; a shared database can follow.
 */
public interface Ledger extends AutoCloseable {
    Optional<LedgerEntry> find(String itemId);

    /** A finished item with this content, under whatever id: the same article reached another way. */
    Optional<LedgerEntry> doneWithContent(String contentHash);

    void record(LedgerEntry entry);

    /** Every entry, the most recently tried first. */
    List<LedgerEntry> all();

    /** What to send the source's server to be told "not modified"; {@link Validators#NONE} when nothing is known. */
    Validators validators(String source);

    /** Remembers what the source's server said of the version a cycle read in full. */
    void polled(String source, Validators validators, Instant at);

    /** Adds what processing an item cost at {@code at}, kept even when the item failed. */
    void spend(Instant at, Spent spent);

    /** What was spent from {@code since} on. */
    Spent spentSince(Instant since);

    @Override
    void close();
}
