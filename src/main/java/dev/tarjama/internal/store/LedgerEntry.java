package dev.tarjama.internal.store;

import dev.tarjama.model.Article;
import dev.tarjama.model.ArticleCard;
import dev.tarjama.model.ArticleState;
import dev.tarjama.model.Spent;
import java.time.Instant;
import java.util.Objects;

/**
 * What the ledger knows of one article: one row, whatever id it was first seen under. Only {@link ArticleLifecycle}
 * makes entries, one method per transition; the ledgers store them as they are.
 *
 * @param key          its source and its id there
 * @param link         its link, when it has one besides its id (a feed item with a GUID): a later read under the
 *                     other id finds the same row
 * @param name         what to call it in messages and folder names: its path, address or feed item link
 * @param contentHash  a digest of its text as last read; empty when it was never read
 * @param state        where it stands
 * @param attempts     failed attempts in a row
 * @param lastError    why the last attempt failed, or {@code null}
 * @param nextAttempt  when a failed article is tried again, or {@code null}
 * @param folder       its output folder relative to the watch's output root, once written (a twin's: its twin's)
 * @param firstSeen    when a cycle first saw it
 * @param lastTried    when it last changed state by being read, translated or attempted
 * @param translatedAt when it was last translated, or {@code null}
 * @param published    when its source says it was published, or {@code null}
 * @param card         what an index shows of it, once translated (or {@code null})
 * @param spent        what its last processing cost
 * @param queued       the article as read, while it waits in the queue or is being translated; else {@code null}
 * @param queuedAt     when it last entered the queue: the queue is served oldest first
 * @param update       it was translated before: its next translation is an update
 * @param claimedBy    the worker translating it, while {@link ArticleState#IN_PROGRESS}
 * @param leaseUntil   until when that worker's claim holds without a renewal
 */
public record LedgerEntry(
        ArticleKey key,
        String link,
        String name,
        String contentHash,
        ArticleState state,
        int attempts,
        String lastError,
        Instant nextAttempt,
        String folder,
        Instant firstSeen,
        Instant lastTried,
        Instant translatedAt,
        Instant published,
        ArticleCard card,
        Spent spent,
        Article queued,
        Instant queuedAt,
        boolean update,
        String claimedBy,
        Instant leaseUntil) {
    public LedgerEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(lastTried, "lastTried");
        Objects.requireNonNull(spent, "spent");
    }

    /** The source it was seen in. */
    public String source() {
        return key.source();
    }

    /** Its id in that source. */
    public String itemId() {
        return key.itemId();
    }

    /** The entry as a builder, for {@link ArticleLifecycle}'s transitions. */
    Builder change() {
        return new Builder(this);
    }

    /** A copy of an entry with some fields changed; only transitions use it. */
    static final class Builder {
        ArticleKey key;
        String link;
        String name;
        String contentHash;
        ArticleState state;
        int attempts;
        String lastError;
        Instant nextAttempt;
        String folder;
        Instant firstSeen;
        Instant lastTried;
        Instant translatedAt;
        Instant published;
        ArticleCard card;
        Spent spent;
        Article queued;
        Instant queuedAt;
        boolean update;
        String claimedBy;
        Instant leaseUntil;

        Builder() {}

        private Builder(LedgerEntry e) {
            key = e.key;
            link = e.link;
            name = e.name;
            contentHash = e.contentHash;
            state = e.state;
            attempts = e.attempts;
            lastError = e.lastError;
            nextAttempt = e.nextAttempt;
            folder = e.folder;
            firstSeen = e.firstSeen;
            lastTried = e.lastTried;
            translatedAt = e.translatedAt;
            published = e.published;
            card = e.card;
            spent = e.spent;
            queued = e.queued;
            queuedAt = e.queuedAt;
            update = e.update;
            claimedBy = e.claimedBy;
            leaseUntil = e.leaseUntil;
        }

        /** No worker holds it. */
        Builder unclaimed() {
            claimedBy = null;
            leaseUntil = null;
            return this;
        }

        LedgerEntry build() {
            return new LedgerEntry(
                    key,
                    link,
                    name,
                    contentHash,
                    state,
                    attempts,
                    lastError,
                    nextAttempt,
                    folder,
                    firstSeen,
                    lastTried,
                    translatedAt,
                    published,
                    card,
                    spent,
                    queued,
                    queuedAt,
                    update,
                    claimedBy,
                    leaseUntil);
        }
    }
}
