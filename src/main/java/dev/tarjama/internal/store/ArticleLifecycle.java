package dev.tarjama.internal.store;

import dev.tarjama.model.Article;
import dev.tarjama.model.ArticleCard;
import dev.tarjama.model.ArticleState;
import dev.tarjama.model.Spent;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The one state machine of a watched article, written down once: every change of an entry in the ledger is one of
 * the methods below, whichever ledger (SQLite or PostgreSQL) stores it. {@link ArticleTransitions#TABLE} lists every
 * transition;
 * a test holds the methods to it, and the README prints it.
 *
 * <pre>
 * (absent) ──read──► QUEUED ──claimed──► IN_PROGRESS ──translated──► DONE ──read, changed──► QUEUED
 *    │                  ▲                     │  └──released (interrupted)──► QUEUED
 *    │                  │                     └──failed──► RETRY(n) ──due, read──► QUEUED
 *    │                  │                                     └──failed n = max──► PARKED ──read, changed──► QUEUED
 *    ├──unreadable──► RETRY(1)
 *    └──read, same text as a translated article──► TWIN
 * </pre>
 */
public final class ArticleLifecycle {
    /** Failed attempts in a row before an article is parked: three cycles, as scheduled runs are minutes apart. */
    public static final int MAX_ATTEMPTS = 3;

    /** The default first wait before a failed article is tried again; it doubles with each failure. */
    public static final Duration DEFAULT_FIRST_RETRY = Duration.ofMinutes(5);

    /** What happens to an article, as the table names it. */
    public enum Event {
        /** A poll read its text. */
        READ,
        /** A poll could not read it (the page answered 404, the file is empty, the text is not an article). */
        UNREADABLE,
        /** A worker took it from the queue. */
        CLAIMED,
        /** Its translation is written. */
        TRANSLATED,
        /** Its translation failed (paragraphs or the brief not translated, the article refused). */
        FAILED,
        /** Its worker stopped before the end (interrupted), or died and its lease ran out: back in the queue. */
        RELEASED
    }

    /** How a cycle counts what happened to an article. */
    public enum Outcome {
        /** Queued for the first time. */
        NEW,
        /** Queued again: its text changed since it was translated (or parked). */
        CHANGED,
        /** Queued again: a failed article whose next attempt is due. */
        RETRIED,
        /** Translated before and unchanged: skipped without a request. */
        UNCHANGED,
        /** Already in the queue, or being translated. */
        PENDING,
        /** The same text as an article queued under another id: recorded as its twin once that one is translated. */
        AWAITING_TWIN,
        /** A failed article whose next attempt is not due yet. */
        WAITING,
        /** Parked after too many failures, and unchanged. */
        PARKED,
        /** The same text as an article already translated under another id: recorded, not translated again. */
        TWIN,
        /** This attempt failed. */
        FAILED,
        /** Translated, and could not be read this time: the translation stands. */
        KEPT,
        /** Translated for the first time. */
        TRANSLATED,
        /** Translated again after its text changed. */
        UPDATED,
        /** Taken by a worker, or given back to the queue: no count. */
        NONE
    }

    /**
     * What a poll found of one article.
     *
     * @param key       its source and id
     * @param link      its link besides its id, or {@code null}
     * @param name      what to call it: its path, address or feed item link
     * @param article   the article read, or {@code null} when it could not be read
     * @param hash      a digest of its text ({@code ""} when unread)
     * @param published when its source says it was published, or {@code null}
     * @param error     why it could not be read, or {@code null}
     */
    public record Reading(
            ArticleKey key, String link, String name, Article article, String hash, Instant published, String error) {
        public Reading {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(hash, "hash");
            if ((article == null) == (error == null)) {
                throw new IllegalArgumentException("a reading has an article or an error, not both");
            }
        }
    }

    /**
     * The result of a transition.
     *
     * @param entry   the entry to store, or {@code null} when nothing changes
     * @param outcome how the cycle counts it
     */
    public record Step(LedgerEntry entry, Outcome outcome) {
        /** Whether the article is settled for this source's poll: nothing waits on a later read of it. */
        public boolean settled() {
            return outcome != Outcome.WAITING && outcome != Outcome.FAILED && outcome != Outcome.AWAITING_TWIN;
        }
    }

    private final Duration firstRetry;

    /** @param firstRetry the first wait before a failed article is tried again; it doubles with each failure */
    public ArticleLifecycle(Duration firstRetry) {
        if (firstRetry.isNegative()) {
            throw new IllegalArgumentException("firstRetry must not be negative, was " + firstRetry);
        }
        this.firstRetry = firstRetry;
    }

    /** The wait after {@code attempts} failures in a row: the first wait, doubled after each further failure. */
    public Duration retryDelay(int attempts) {
        return attempts <= 0 ? Duration.ZERO : firstRetry.multipliedBy(1L << Math.min(attempts - 1, 20));
    }

    /**
     * A poll read an article ({@link Event#READ}) or failed to ({@link Event#UNREADABLE}).
     *
     * @param known what the ledger knows of it
     * @param twin  an article of the same text under another key (translated, else queued or in progress), when the
     *              ledger does not know this one
     */
    public Step read(Optional<LedgerEntry> known, Optional<LedgerEntry> twin, Reading r, Instant now) {
        if (r.article() == null) {
            return unreadable(known, r, now);
        }
        if (known.isEmpty()) {
            if (twin.isPresent()) {
                LedgerEntry other = twin.get();
                if (!other.state().translated()) {
                    // translated once, by the other; this one is recorded as its twin at a later read
                    return new Step(null, Outcome.AWAITING_TWIN);
                }
                LedgerEntry.Builder b = fresh(r, now);
                b.state = ArticleState.TWIN;
                b.folder = other.folder();
                b.card = other.card();
                b.translatedAt = other.translatedAt();
                return new Step(b.build(), Outcome.TWIN);
            }
            LedgerEntry.Builder b = fresh(r, now);
            b.state = ArticleState.QUEUED;
            b.queued = r.article();
            b.queuedAt = now;
            return new Step(b.build(), Outcome.NEW);
        }
        LedgerEntry k = known.get();
        boolean same = k.contentHash().equals(r.hash());
        return switch (k.state()) {
            case QUEUED ->
                same
                        ? new Step(null, Outcome.PENDING)
                        : new Step(requeued(k, r, now, k.attempts()).build(), Outcome.PENDING);
            case IN_PROGRESS -> new Step(null, Outcome.PENDING); // the next poll sees any change again
            case DONE, TWIN -> same ? new Step(null, Outcome.UNCHANGED) : changed(k, r, now);
            case PARKED -> same ? new Step(null, Outcome.PARKED) : changed(k, r, now);
            case RETRY -> {
                if (!same) {
                    yield changed(k, r, now);
                }
                if (!due(k, now)) {
                    yield new Step(null, Outcome.WAITING);
                }
                yield new Step(requeued(k, r, now, k.attempts()).build(), Outcome.RETRIED);
            }
        };
    }

    private Step unreadable(Optional<LedgerEntry> known, Reading r, Instant now) {
        if (known.isEmpty()) {
            LedgerEntry.Builder b = fresh(r, now);
            return new Step(failure(b, 0, r.error(), now).build(), Outcome.FAILED);
        }
        LedgerEntry k = known.get();
        return switch (k.state()) {
            case QUEUED, IN_PROGRESS -> new Step(null, Outcome.PENDING);
            case DONE, TWIN -> new Step(null, Outcome.KEPT);
            case PARKED -> new Step(null, Outcome.PARKED);
            case RETRY ->
                due(k, now)
                        ? new Step(
                                failure(k.change(), k.attempts(), r.error(), now)
                                        .build(),
                                Outcome.FAILED)
                        : new Step(null, Outcome.WAITING);
        };
    }

    /** A worker took the article from the queue, for a lease ending at {@code leaseUntil}. */
    public LedgerEntry claimed(LedgerEntry queued, String worker, Instant leaseUntil) {
        requireIn(queued, Event.CLAIMED, ArticleState.QUEUED, ArticleState.IN_PROGRESS);
        LedgerEntry.Builder b = queued.change();
        b.state = ArticleState.IN_PROGRESS;
        b.claimedBy = worker;
        b.leaseUntil = leaseUntil;
        return b.build();
    }

    /** The claim goes on: its worker is still translating. */
    public LedgerEntry renewed(LedgerEntry claimed, Instant leaseUntil) {
        requireIn(claimed, Event.CLAIMED, ArticleState.IN_PROGRESS);
        LedgerEntry.Builder b = claimed.change();
        b.leaseUntil = leaseUntil;
        return b.build();
    }

    /**
     * Its translation is written in {@code folder}.
     *
     * @param folder relative to the watch's output root
     */
    public Step translated(LedgerEntry claimed, String folder, ArticleCard card, Spent spent, Instant now) {
        requireIn(claimed, Event.TRANSLATED, ArticleState.IN_PROGRESS);
        LedgerEntry.Builder b = claimed.change().unclaimed();
        b.state = ArticleState.DONE;
        b.attempts = 0;
        b.lastError = null;
        b.nextAttempt = null;
        b.folder = folder;
        b.card = card;
        b.spent = spent;
        b.lastTried = now;
        b.translatedAt = now;
        b.queued = null;
        b.queuedAt = null;
        b.update = false;
        return new Step(b.build(), claimed.update() ? Outcome.UPDATED : Outcome.TRANSLATED);
    }

    /**
     * Its translation failed this time.
     *
     * @param folder where what was translated went, or {@code null}
     */
    public Step failed(LedgerEntry claimed, String error, String folder, Spent spent, Instant now) {
        requireIn(claimed, Event.FAILED, ArticleState.IN_PROGRESS);
        LedgerEntry.Builder b = claimed.change().unclaimed();
        if (folder != null) {
            b.folder = folder;
        }
        b.spent = spent;
        b.queued = null;
        b.queuedAt = null;
        return new Step(failure(b, claimed.attempts(), error, now).build(), Outcome.FAILED);
    }

    /** Its worker stopped before the end: back in the queue as it was, no attempt counted. */
    public LedgerEntry released(LedgerEntry claimed) {
        requireIn(claimed, Event.RELEASED, ArticleState.IN_PROGRESS);
        LedgerEntry.Builder b = claimed.change().unclaimed();
        b.state = ArticleState.QUEUED;
        return b.build();
    }

    /** Whether a failed article's next attempt is due. */
    public boolean due(LedgerEntry entry, Instant now) {
        return entry.nextAttempt() == null || !now.isBefore(entry.nextAttempt());
    }

    private Step changed(LedgerEntry known, Reading r, Instant now) {
        LedgerEntry.Builder b = requeued(known, r, now, 0);
        b.update = known.state() == ArticleState.DONE || known.update();
        if (known.state() == ArticleState.TWIN) {
            b.folder = null; // the folder is the twin's: this article, now different, gets its own
            b.card = null;
        }
        return new Step(b.build(), Outcome.CHANGED);
    }

    private LedgerEntry.Builder requeued(LedgerEntry known, Reading r, Instant now, int attempts) {
        LedgerEntry.Builder b = known.change().unclaimed();
        b.state = ArticleState.QUEUED;
        b.attempts = attempts;
        b.nextAttempt = null;
        b.contentHash = r.hash();
        b.queued = r.article();
        if (known.state() != ArticleState.QUEUED) {
            b.queuedAt = now;
        }
        b.name = r.name();
        if (r.link() != null) {
            b.link = r.link();
        }
        if (r.published() != null) {
            b.published = r.published();
        }
        return b;
    }

    private LedgerEntry.Builder fresh(Reading r, Instant now) {
        LedgerEntry.Builder b = new LedgerEntry.Builder();
        b.key = r.key();
        b.link = r.link();
        b.name = r.name();
        b.contentHash = r.hash();
        b.firstSeen = now;
        b.lastTried = now;
        b.published = r.published();
        b.spent = Spent.NONE;
        return b;
    }

    private LedgerEntry.Builder failure(LedgerEntry.Builder b, int attemptsBefore, String error, Instant now) {
        int attempts = attemptsBefore + 1;
        b.attempts = attempts;
        b.lastError = error;
        b.lastTried = now;
        if (attempts >= MAX_ATTEMPTS) {
            b.state = ArticleState.PARKED;
            b.nextAttempt = null;
        } else {
            b.state = ArticleState.RETRY;
            b.nextAttempt = now.plus(retryDelay(attempts));
        }
        return b;
    }

    private static void requireIn(LedgerEntry entry, Event event, ArticleState... states) {
        for (ArticleState state : states) {
            if (entry.state() == state) {
                return;
            }
        }
        throw new IllegalStateException(
                "an article " + entry.state() + " cannot be " + event + ": " + entry.key() + " (a ledger defect)");
    }
}
