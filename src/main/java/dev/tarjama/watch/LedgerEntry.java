package dev.tarjama.watch;

import dev.tarjama.model.ArticleCard;
import java.time.Instant;

/**
 * What the ledger knows of one item.
 *
 * @param itemId      what identifies it across sources and cycles: a feed item's GUID or link, a file's path, else
 *                    a hash of its text
 * @param source      the source it was first seen in
 * @param contentHash a digest of its text as last processed (or attempted)
 * @param status      where it stands
 * @param attempts    failed attempts in a row
 * @param lastError   why the last attempt failed, or {@code null}
 * @param folder      its output folder relative to the output root, once written
 * @param firstSeen   when a cycle first saw it
 * @param lastTried   when it was last processed or attempted
 * @param card        what an index shows of it, once translated (or {@code null})
 * @param spent       what its last processing cost
 */
public record LedgerEntry(
        String itemId,
        String source,
        String contentHash,
        Status status,
        int attempts,
        String lastError,
        String folder,
        Instant firstSeen,
        Instant lastTried,
        ArticleCard card,
        Spent spent) {
    /** Where an item stands. */
    public enum Status {
        /** Read and waiting for a worker to translate it. */
        QUEUED,
        /** Translated; its outputs are in {@code folder}. */
        DONE,
        /** Its last attempt failed; a later cycle tries again. */
        RETRY,
        /** It failed too often; it stays parked until its content changes. */
        FAILED
    }
}
