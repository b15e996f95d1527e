package dev.tarjama.internal.watch;

import dev.tarjama.InputException;
import dev.tarjama.LoadedArticle;
import dev.tarjama.TarjamaException;
import dev.tarjama.internal.store.ArticleLifecycle;
import dev.tarjama.internal.store.Ledger;
import dev.tarjama.internal.store.LedgerEntry;
import dev.tarjama.model.Spent;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Takes articles from the queue and translates them, several side by side (each worker thread claims one, translates
 * it, records how it ended, and claims the next), so that one article's slow answers or a server's pause never holds
 * the others; every request still goes through its run's one limit on requests in flight and one rate budget. A claim
 * is renewed while its article is translated, so that several workers sharing a ledger each take different articles
 * and one that dies is taken over when its lease runs out. A budget reached stops the taking; what is left stays
 * queued for a later cycle.
 */
final class Drainer {
    private final Ledger ledger;
    private final WatchSettings settings;
    private final Clock clock;
    private final ExecutorService workers;
    private final ScheduledExecutorService renewals;
    private final WatchListener listener;

    Drainer(
            Ledger ledger,
            WatchSettings settings,
            Clock clock,
            ExecutorService workers,
            ScheduledExecutorService renewals,
            WatchListener listener) {
        this.ledger = ledger;
        this.settings = settings;
        this.clock = clock;
        this.workers = workers;
        this.renewals = renewals;
        this.listener = listener;
    }

    /**
     * Translates queued articles until none is left, a budget is reached or {@code stopping} holds.
     *
     * @param runFor  the run that translates a source's articles
     * @param spent   what the watch has spent so far, for the per-cycle and per-day budgets
     * @param before  what it had spent when the cycle started
     * @throws TarjamaException what stopped an article other than itself (the backend, the disk); the other workers
     *     stop taking articles, and every article in hand goes back to the queue
     */
    void drain(
            CycleTally tally,
            Function<String, WatchedRun> runFor,
            Supplier<Spent> spent,
            Spent before,
            BooleanSupplier stopping) {
        Spent earlierToday = ledger.spentSince(clock.instant()
                .atZone(ZoneOffset.UTC)
                .toLocalDate()
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant());
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger taken = new AtomicInteger();
        AtomicInteger working = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        BooleanSupplier halted = () -> stop.get() || stopping.getAsBoolean();
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (int i = 0; i < settings.articlesInFlight(); i++) {
            running.add(CompletableFuture.runAsync(
                    () -> {
                        try {
                            work(tally, runFor, spent, before, earlierToday, taken, working, halted);
                        } catch (RuntimeException e) {
                            failure.compareAndSet(null, e);
                            stop.set(true);
                        }
                    },
                    workers));
        }
        try {
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw new IllegalStateException("an article worker failed unexpectedly", e.getCause());
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        if (halted.getAsBoolean() || tally.budgetReached() != null) {
            tally.deferred(ledger.queued());
        }
    }

    private void work(
            CycleTally tally,
            Function<String, WatchedRun> runFor,
            Supplier<Spent> spent,
            Spent before,
            Spent earlierToday,
            AtomicInteger taken,
            AtomicInteger working,
            BooleanSupplier halted) {
        while (!halted.getAsBoolean()) {
            Spent thisCycle = spent.get().since(before);
            String reached = settings.budget().reached(taken.get(), thisCycle, earlierToday.plus(thisCycle));
            if (reached != null) {
                if (ledger.queued() > working.get()) {
                    tally.budgetReached(reached); // an article is left waiting for it
                }
                return;
            }
            Optional<LedgerEntry> next = ledger.claimNext(settings.worker(), settings.lease(), settings.lifecycle());
            if (next.isEmpty()) {
                return;
            }
            // counted once taken, so that workers side by side never take one too many: one over is given back
            thisCycle = spent.get().since(before);
            String limit = settings.budget().reached(taken.getAndIncrement(), thisCycle, earlierToday.plus(thisCycle));
            if (limit != null) {
                taken.decrementAndGet();
                ledger.save(settings.lifecycle().released(next.get()));
                tally.budgetReached(limit);
                return;
            }
            working.incrementAndGet();
            try {
                translate(next.get(), runFor.apply(next.get().source()), tally);
            } finally {
                working.decrementAndGet();
            }
        }
    }

    private void translate(LedgerEntry claimed, WatchedRun run, CycleTally tally) {
        ArticleLifecycle lifecycle = settings.lifecycle();
        if (claimed.queued() == null) { // a queue entry that lost its article: read it again at the next poll
            ledger.save(lifecycle
                    .failed(
                            claimed,
                            "the queued copy of the article was lost; it is read again",
                            null,
                            Spent.NONE,
                            clock.instant())
                    .entry());
            return;
        }
        long every = Math.max(1, settings.lease().toMillis() / 3);
        ScheduledFuture<?> renewal =
                renewals.scheduleAtFixedRate(() -> renew(claimed), every, every, TimeUnit.MILLISECONDS);
        WatchedRun.Written written;
        try {
            written = run.translate(LoadedArticle.of(claimed.name(), claimed.itemId(), claimed.queued()));
        } catch (InputException e) {
            renewal.cancel(false);
            record(lifecycle.failed(claimed, e.getMessage(), null, Spent.NONE, clock.instant()), tally);
            return;
        } catch (RuntimeException e) {
            renewal.cancel(false);
            ledger.save(lifecycle.released(claimed)); // back in the queue, untouched: the cause stops the watch
            throw e;
        }
        renewal.cancel(false);
        Instant now = clock.instant();
        if (written.spent().requests() > 0) {
            ledger.spend(now, written.spent());
        }
        if (written.interrupted()) {
            ledger.save(lifecycle.released(claimed)); // back in the queue, untouched: not a failed attempt
            return;
        }
        record(
                written.complete()
                        ? lifecycle.translated(claimed, written.folder(), written.card(), written.spent(), now)
                        : lifecycle.failed(claimed, written.problem(), written.folder(), written.spent(), now),
                tally);
    }

    private void record(ArticleLifecycle.Step step, CycleTally tally) {
        ledger.save(step.entry());
        tally.count(step.outcome());
        if (step.outcome() == ArticleLifecycle.Outcome.FAILED) {
            tally.failure(Failures.of(step.entry()));
        }
    }

    private void renew(LedgerEntry claimed) {
        try {
            if (!ledger.renew(claimed.key(), settings.worker(), settings.lease(), settings.lifecycle())) {
                listener.warning("the claim on " + claimed.name() + " was lost (its lease ran out): another worker "
                        + "may translate it too");
            }
        } catch (RuntimeException e) {
            listener.warning(
                    "the claim on " + claimed.name() + " could not be renewed (" + e.getMessage() + "); trying again");
        }
    }
}
