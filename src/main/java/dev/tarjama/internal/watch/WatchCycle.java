package dev.tarjama.internal.watch;

import dev.tarjama.internal.store.Ledger;
import dev.tarjama.model.CycleReport;
import dev.tarjama.model.Spent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;

/**
 * One cycle of one worker: each due source this worker can claim is {@linkplain Poller polled} into the ledger, then
 * the queue is {@linkplain Drainer drained}. One article's failure never stops the cycle, nor one source's the others.
 */
public final class WatchCycle {
    private final Ledger ledger;
    private final Clock clock;
    private final BooleanSupplier stopping;
    private final Poller poller;
    private final Drainer drainer;
    private final Map<String, WatchedRun> runBySource = new LinkedHashMap<>();
    private final WatchedRun defaultRun;
    private final Set<WatchedRun> runs = new LinkedHashSet<>();
    private final String worker;

    /**
     * @param defaultRun the run for an article of a source this worker does not watch (queued by another worker)
     * @param stopping   true once the watch is asked to stop: no further article is taken
     * @param workers    the threads that translate articles side by side (at least {@code articlesInFlight})
     * @param renewals   the thread that renews claims while their articles are translated
     */
    public WatchCycle(
            Ledger ledger,
            WatchSettings settings,
            List<WatchedSource> sources,
            WatchedRun defaultRun,
            Clock clock,
            BooleanSupplier stopping,
            ExecutorService workers,
            ScheduledExecutorService renewals,
            WatchListener listener) {
        this.ledger = ledger;
        this.clock = clock;
        this.stopping = stopping;
        this.poller = new Poller(ledger, settings.lifecycle(), clock);
        this.drainer = new Drainer(ledger, settings, clock, workers, renewals, listener);
        this.defaultRun = defaultRun;
        this.worker = settings.worker();
        sources.forEach(s -> runBySource.put(s.name(), s.run()));
        runs.add(defaultRun);
        runs.addAll(runBySource.values());
    }

    /**
     * Polls the due sources this worker can claim, then translates queued articles until none is left.
     *
     * @param due each due source, with the least time between two polls of it by any worker
     */
    public CycleReport run(Map<WatchedSource, Duration> due) {
        Instant started = clock.instant();
        Spent before = spent();
        CycleTally tally = new CycleTally();
        due.forEach((source, gap) -> {
            if (!stopping.getAsBoolean() && ledger.claimPoll(source.name(), worker, gap)) {
                poller.poll(source, tally);
            }
        });
        drainer.drain(tally, this::runFor, this::spent, before, stopping);
        return tally.report(ledger.counts(), spent().since(before), Duration.between(started, clock.instant()));
    }

    /** Translates what other workers queued, without polling: how a worker sharing a ledger helps between polls. */
    public CycleReport drain() {
        return run(Map.of());
    }

    /** How many articles wait in the queue or are being translated. */
    public int queued() {
        return ledger.queued();
    }

    /** What every run of the watch has spent. */
    public Spent spent() {
        Spent total = Spent.NONE;
        for (WatchedRun run : runs) {
            total = total.plus(run.spent());
        }
        return total;
    }

    /** Whether any backend of the watch has answered since it started. */
    public boolean backendAnswered() {
        return runs.stream().anyMatch(WatchedRun::backendAnswered);
    }

    /** Lets every backend be asked again after a failure stopped it. */
    public void resumeBackends() {
        runs.forEach(WatchedRun::resumeBackend);
    }

    private WatchedRun runFor(String source) {
        return runBySource.getOrDefault(source, defaultRun);
    }
}
