package dev.tarjama.watch;

import dev.tarjama.ExitCodes;
import dev.tarjama.TarjamaException;
import dev.tarjama.article.LoadedArticle;
import dev.tarjama.cache.CacheKey;
import dev.tarjama.model.ArticleCard;
import dev.tarjama.render.IndexEntry;
import dev.tarjama.source.ArticleSource;
import dev.tarjama.source.Validators;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * One cycle over the watched sources. Each source is polled once, conditionally when its server gave validators the
 * last time everything it held was settled; each article read is looked up in the ledger by its id: unchanged since it
 * was translated, it is skipped without a request; new or changed, it is translated (the answer cache makes a changed
 * article cost only its changed paragraphs); the same article reached another way (the same text under another id)
 * is recorded once. A failure is retried on later cycles, after 5 minutes, then 10, 20, 40, and parked after
 * {@value #MAX_ATTEMPTS} attempts until its content changes. One item's failure never stops the cycle, nor one
 * source's the others. A {@link Budget} reached stops the cycle taking items; those left wait for a later cycle.
 */
public final class WatchCycle {
    public static final int MAX_ATTEMPTS = 5;
    static final Duration FIRST_RETRY = Duration.ofMinutes(5);

    /** Polls a source. */
    @FunctionalInterface
    public interface Reader {
        /**
         * The articles the source holds now, or none when its server says it is still the version {@code known} names.
         *
         * @throws TarjamaException with exit code 4 when the source cannot be read at all
         */
        SourceRead read(ArticleSource source, Validators known);
    }

    /** Translates one article and writes its outputs. */
    @FunctionalInterface
    public interface Translator {
        /**
         * @throws TarjamaException with exit code 4 when this article cannot be translated; any other code stops the
         *     cycle (the backend refused, the output cannot be written)
         */
        Written translate(LoadedArticle article);
    }

    /**
     * Where an article's outputs went (relative to the output root), whether every paragraph and the brief were
     * translated, and what an index shows of it.
     *
     * @param interrupted the run was stopped before it finished: not a failure of the article
     */
    public record Written(String folder, boolean complete, boolean interrupted, String problem, ArticleCard card) {}

    private final Ledger ledger;
    private final Reader reader;
    private final Translator translator;
    private final Supplier<Spent> meter;
    private final Budget budget;
    private final Clock clock;
    private final BooleanSupplier stopping;

    /**
     * @param meter    what the run has spent so far, read before and after each article
     * @param stopping true once the watch is asked to stop: no further item is taken
     */
    public WatchCycle(
            Ledger ledger,
            Reader reader,
            Translator translator,
            Supplier<Spent> meter,
            Budget budget,
            Clock clock,
            BooleanSupplier stopping) {
        this.ledger = ledger;
        this.reader = reader;
        this.translator = translator;
        this.meter = meter;
        this.budget = budget;
        this.clock = clock;
        this.stopping = stopping;
    }

    public CycleReport run(List<ArticleSource> sources) {
        return new Pass().run(sources);
    }

    /** The counts of one cycle while it runs. */
    private final class Pass {
        private final Instant started = clock.instant();
        private final Spent before = meter.get();
        private final Spent earlierToday = ledger.spentSince(started.atZone(ZoneOffset.UTC)
                .toLocalDate()
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant());
        private int translated;
        private int updated;
        private int unchanged;
        private int waiting;
        private int parked;
        private int failed;
        private int deferred;
        private int stillWriting;
        private int notModified;
        private final List<String> sourceErrors = new ArrayList<>();
        private String budgetReached;

        CycleReport run(List<ArticleSource> sources) {
            for (ArticleSource source : sources) {
                if (stopping.getAsBoolean()) {
                    break;
                }
                poll(source);
            }
            return new CycleReport(
                    translated,
                    updated,
                    unchanged,
                    waiting,
                    parked,
                    failed,
                    deferred,
                    stillWriting,
                    notModified,
                    List.copyOf(sourceErrors),
                    spentThisCycle(),
                    Duration.between(started, clock.instant()),
                    budgetReached);
        }

        private void poll(ArticleSource source) {
            SourceRead read;
            try {
                read = reader.read(source, ledger.validators(source.name()));
            } catch (TarjamaException e) {
                if (e.exitCode() != ExitCodes.INPUT) {
                    throw e;
                }
                sourceErrors.add(e.getMessage());
                return;
            }
            if (read.notModified()) {
                notModified++;
                return;
            }
            stillWriting += read.stillWriting();
            boolean settled = read.stillWriting() == 0;
            for (LoadedArticle article : read.articles()) {
                Outcome outcome = handle(source, article);
                settled &= outcome == Outcome.UNCHANGED || outcome == Outcome.TRANSLATED || outcome == Outcome.UPDATED;
                count(outcome);
            }
            // validators are kept only when everything the source held is settled, so a later "not modified" never
            // hides an item still waiting for a retry or for budget
            ledger.polled(source.name(), settled ? read.validators() : Validators.NONE, clock.instant());
        }

        private void count(Outcome outcome) {
            switch (outcome) {
                case TRANSLATED -> translated++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
                case WAITING -> waiting++;
                case PARKED -> parked++;
                case FAILED -> failed++;
                case DEFERRED -> deferred++;
            }
        }

        private Outcome handle(ArticleSource source, LoadedArticle article) {
            Instant now = clock.instant();
            String id = article.ok() ? article.identity() : IndexEntry.UNREAD + article.name();
            String hash = article.ok() ? hash(article.article().text("\n")) : "";
            Optional<LedgerEntry> known = ledger.find(id);
            if (known.isPresent() && known.get().contentHash().equals(hash)) {
                LedgerEntry entry = known.get();
                switch (entry.status()) {
                    case DONE -> {
                        return Outcome.UNCHANGED;
                    }
                    case FAILED -> {
                        return Outcome.PARKED;
                    }
                    case RETRY -> {
                        if (now.isBefore(entry.lastTried().plus(retryDelay(entry.attempts())))) {
                            return Outcome.WAITING;
                        }
                    }
                }
            }
            if (article.ok() && known.isEmpty()) {
                Optional<LedgerEntry> twin = ledger.doneWithContent(hash);
                if (twin.isPresent()) { // the same article through another feed or address
                    LedgerEntry seen = twin.get();
                    ledger.record(new LedgerEntry(
                            id,
                            source.name(),
                            hash,
                            LedgerEntry.Status.DONE,
                            0,
                            null,
                            seen.folder(),
                            now,
                            now,
                            seen.card(),
                            Spent.NONE));
                    return Outcome.UNCHANGED;
                }
            }
            Item item = new Item(id, source.name(), hash, known, now);
            if (!article.ok()) {
                return item.failed(article.failure().getMessage(), null, null, Spent.NONE);
            }
            if (stopping.getAsBoolean()) {
                return Outcome.DEFERRED;
            }
            String limit = budget.reached(translated + updated + failed, spentThisCycle(), spentToday());
            if (limit != null) {
                budgetReached = limit;
                return Outcome.DEFERRED;
            }
            Spent at = meter.get();
            Written written;
            try {
                written = translator.translate(article);
            } catch (TarjamaException e) {
                if (e.exitCode() != ExitCodes.INPUT) {
                    throw e;
                }
                return item.failed(e.getMessage(), null, null, item.spend(at));
            }
            Spent cost = item.spend(at);
            if (written.interrupted()) {
                return item.interrupted(written, cost);
            }
            if (!written.complete()) {
                return item.failed(written.problem(), written.folder(), written.card(), cost);
            }
            item.record(LedgerEntry.Status.DONE, 0, null, written.folder(), written.card(), cost);
            return known.filter(k -> k.status() == LedgerEntry.Status.DONE).isPresent()
                    ? Outcome.UPDATED
                    : Outcome.TRANSLATED;
        }

        private Spent spentThisCycle() {
            return meter.get().since(before);
        }

        private Spent spentToday() {
            return earlierToday.plus(spentThisCycle());
        }
    }

    /** One item being handled: what the ledger knew of it and how to record what happened. */
    private final class Item {
        private final String id;
        private final String source;
        private final String hash;
        private final Optional<LedgerEntry> known;
        private final Instant now;

        Item(String id, String source, String hash, Optional<LedgerEntry> known, Instant now) {
            this.id = id;
            this.source = source;
            this.hash = hash;
            this.known = known;
            this.now = now;
        }

        /** What was spent since {@code at}, added to the ledger's spending at once. */
        Spent spend(Spent at) {
            Spent spent = meter.get().since(at);
            if (spent.requests() > 0) {
                ledger.spend(clock.instant(), spent);
            }
            return spent;
        }

        Outcome failed(String error, String folder, ArticleCard card, Spent spent) {
            int attempts = sameContent().map(LedgerEntry::attempts).orElse(0) + 1;
            LedgerEntry.Status status = attempts >= MAX_ATTEMPTS ? LedgerEntry.Status.FAILED : LedgerEntry.Status.RETRY;
            record(status, attempts, error, folder, card, spent);
            return Outcome.FAILED;
        }

        /** Stopped by the user: tried again on the next start, without counting as a failed attempt. */
        Outcome interrupted(Written written, Spent spent) {
            int attempts = sameContent().map(LedgerEntry::attempts).orElse(0);
            record(LedgerEntry.Status.RETRY, attempts, "interrupted", written.folder(), written.card(), spent);
            return Outcome.DEFERRED;
        }

        void record(
                LedgerEntry.Status status, int attempts, String error, String folder, ArticleCard card, Spent spent) {
            ledger.record(new LedgerEntry(
                    id,
                    source,
                    hash,
                    status,
                    attempts,
                    error,
                    folder != null ? folder : known.map(LedgerEntry::folder).orElse(null),
                    known.map(LedgerEntry::firstSeen).orElse(now),
                    now,
                    card != null ? card : known.map(LedgerEntry::card).orElse(null),
                    spent));
        }

        private Optional<LedgerEntry> sameContent() {
            return known.filter(k -> k.contentHash().equals(hash));
        }
    }

    private enum Outcome {
        TRANSLATED,
        UPDATED,
        UNCHANGED,
        WAITING,
        PARKED,
        FAILED,
        DEFERRED
    }

    /** 5 minutes after the first failure, doubling after each; none after an interruption. */
    static Duration retryDelay(int attempts) {
        return attempts <= 0 ? Duration.ZERO : FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 10));
    }

    static String hash(String text) {
        return CacheKey.of("watch-item").add("text", text).build().digest();
    }
}
