package dev.tarjama.watch;

import dev.tarjama.ExitCodes;
import dev.tarjama.TarjamaException;
import dev.tarjama.article.LoadedArticle;
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
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** One run of a {@link WatchCycle}: the polls and the drain, and what they counted. */
final class CyclePass {
    private final Ledger ledger;
    private final WatchCycle.Reader reader;
    private final WatchCycle.Translator translator;
    private final Supplier<Spent> meter;
    private final Budget budget;
    private final Clock clock;
    private final BooleanSupplier stopping;
    private final String worker;
    private final Duration lease;

    private final Instant started;
    private final Spent before;
    private final Spent earlierToday;
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

    CyclePass(WatchCycle cycle) {
        this.ledger = cycle.ledger;
        this.reader = cycle.reader;
        this.translator = cycle.translator;
        this.meter = cycle.meter;
        this.budget = cycle.budget;
        this.clock = cycle.clock;
        this.stopping = cycle.stopping;
        this.worker = cycle.worker;
        this.lease = cycle.lease;
        this.started = clock.instant();
        this.before = meter.get();
        this.earlierToday = ledger.spentSince(started.atZone(ZoneOffset.UTC)
                .toLocalDate()
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant());
    }

    CycleReport report() {
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
                meter.get().since(before),
                Duration.between(started, clock.instant()),
                budgetReached);
    }

    void poll(ArticleSource source) {
        Validators known = ledger.validators(source.name());
        SourceRead read;
        try {
            read = reader.read(source, known);
        } catch (TarjamaException e) {
            ledger.polled(source.name(), Validators.NONE, clock.instant());
            if (e.exitCode() != ExitCodes.INPUT) {
                throw e;
            }
            sourceErrors.add(e.getMessage());
            return;
        }
        if (read.notModified()) {
            notModified++;
            ledger.polled(source.name(), known, clock.instant());
            return;
        }
        stillWriting += read.stillWriting();
        boolean settled = read.stillWriting() == 0;
        for (LoadedArticle article : read.articles()) {
            settled &= triage(source, article);
        }
        // validators are kept only when everything the source held is settled (done, queued or parked), so a
        // later "not modified" never hides an item waiting for a retry
        ledger.polled(source.name(), settled ? read.validators() : Validators.NONE, clock.instant());
    }

    /** Skips, queues or records one article read; true when it is settled. */
    private boolean triage(ArticleSource source, LoadedArticle article) {
        Instant now = clock.instant();
        String id = article.ok() ? article.identity() : IndexEntry.UNREAD + article.name();
        String hash = article.ok() ? WatchCycle.hash(article.article().text("\n")) : "";
        Optional<LedgerEntry> known = ledger.find(id);
        Optional<LedgerEntry> same = known.filter(k -> k.contentHash().equals(hash));
        if (same.isPresent()) {
            switch (same.get().status()) {
                case DONE -> {
                    unchanged++;
                    return true;
                }
                case FAILED -> {
                    parked++;
                    return true;
                }
                case QUEUED -> {
                    return true; // counted when a worker translates it
                }
                case RETRY -> {
                    if (now.isBefore(same.get()
                            .lastTried()
                            .plus(WatchCycle.retryDelay(same.get().attempts())))) {
                        waiting++;
                        return false;
                    }
                }
            }
        }
        if (!article.ok()) {
            failed++;
            recordFailure(known, id, source.name(), hash, article.failure().getMessage(), null, Spent.NONE);
            return false;
        }
        if (known.isEmpty()) {
            Optional<LedgerEntry> twin = ledger.withContent(hash);
            if (twin.filter(t -> t.status() == LedgerEntry.Status.QUEUED).isPresent()) {
                return true; // the same article, already queued under another id: translated once, by that one
            }
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
                unchanged++;
                return true;
            }
        }
        LedgerEntry entry = new LedgerEntry(
                id,
                source.name(),
                hash,
                LedgerEntry.Status.QUEUED,
                same.map(LedgerEntry::attempts).orElse(0),
                same.map(LedgerEntry::lastError).orElse(null),
                known.map(LedgerEntry::folder).orElse(null),
                known.map(LedgerEntry::firstSeen).orElse(now),
                known.map(LedgerEntry::lastTried).orElse(now),
                known.map(LedgerEntry::card).orElse(null),
                Spent.NONE);
        LedgerEntry.Status previous = known.map(LedgerEntry::status).orElse(null);
        ledger.enqueue(new QueuedItem(entry, article.name(), article.article(), previous), now);
        return true;
    }

    void drain() {
        while (!stopping.getAsBoolean()) {
            String limit =
                    budget.reached(translated + updated + failed, meter.get().since(before), today());
            if (limit != null) {
                budgetReached = limit;
                deferred = ledger.queued();
                return;
            }
            Optional<QueuedItem> next = ledger.claimNext(worker, lease, clock.instant());
            if (next.isEmpty()) {
                return;
            }
            translate(next.get());
        }
        deferred = ledger.queued();
    }

    private void translate(QueuedItem item) {
        LedgerEntry entry = item.entry();
        Spent at = meter.get();
        WatchCycle.Written written;
        ScheduledFuture<?> renewal = WatchCycle.RENEWALS.scheduleAtFixedRate(
                () -> {
                    try {
                        ledger.renew(entry.itemId(), worker, lease, clock.instant());
                    } catch (RuntimeException e) {
                        // the next renewal tries again; a lease lost meanwhile lets another worker take over
                    }
                },
                lease.toMillis() / 3,
                lease.toMillis() / 3,
                TimeUnit.MILLISECONDS);
        try {
            written =
                    translator.translate(entry.source(), LoadedArticle.of(item.name(), entry.itemId(), item.article()));
        } catch (TarjamaException e) {
            if (e.exitCode() != ExitCodes.INPUT) {
                ledger.release(entry.itemId(), worker);
                throw e;
            }
            failed++;
            recordFailure(
                    Optional.of(entry),
                    entry.itemId(),
                    entry.source(),
                    entry.contentHash(),
                    e.getMessage(),
                    null,
                    spend(at));
            return;
        } finally {
            renewal.cancel(false);
        }
        Spent cost = spend(at);
        if (written.interrupted()) {
            ledger.release(entry.itemId(), worker); // back in the queue, untouched: not a failed attempt
            return;
        }
        if (!written.complete()) {
            failed++;
            recordFailure(
                    Optional.of(entry),
                    entry.itemId(),
                    entry.source(),
                    entry.contentHash(),
                    written.problem(),
                    written.folder(),
                    cost);
            return;
        }
        ledger.record(new LedgerEntry(
                entry.itemId(),
                entry.source(),
                entry.contentHash(),
                LedgerEntry.Status.DONE,
                0,
                null,
                written.folder(),
                entry.firstSeen(),
                clock.instant(),
                written.card(),
                cost));
        if (item.previous() == LedgerEntry.Status.DONE) {
            updated++;
        } else {
            translated++;
        }
    }

    /** What was spent since {@code at}, added to the ledger's spending at once. */
    private Spent spend(Spent at) {
        Spent spent = meter.get().since(at);
        if (spent.requests() > 0) {
            ledger.spend(clock.instant(), spent);
        }
        return spent;
    }

    private Spent today() {
        return earlierToday.plus(meter.get().since(before));
    }

    private void recordFailure(
            Optional<LedgerEntry> known,
            String id,
            String source,
            String hash,
            String error,
            String folder,
            Spent spent) {
        int attempts = known.filter(k -> k.contentHash().equals(hash))
                        .map(LedgerEntry::attempts)
                        .orElse(0)
                + 1;
        Instant now = clock.instant();
        ledger.record(new LedgerEntry(
                id,
                source,
                hash,
                attempts >= WatchCycle.MAX_ATTEMPTS ? LedgerEntry.Status.FAILED : LedgerEntry.Status.RETRY,
                attempts,
                error,
                folder != null ? folder : known.map(LedgerEntry::folder).orElse(null),
                known.map(LedgerEntry::firstSeen).orElse(now),
                now,
                known.map(LedgerEntry::card).orElse(null),
                spent));
    }
}
