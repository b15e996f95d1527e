package dev.tarjama.watch;

import java.util.List;
import java.util.Optional;

/** Every item a watch has seen, by id. Implemented on embedded SQLite; a shared database can follow. */
public interface Ledger extends AutoCloseable {
    Optional<LedgerEntry> find(String itemId);

    /** A finished item with this content, under whatever id: the same article reached another way. */
    Optional<LedgerEntry> doneWithContent(String contentHash);

    void record(LedgerEntry entry);

    /** Every entry, the most recently tried first. */
    List<LedgerEntry> all();

    @Override
    void close();
}
