package dev.tarjama.internal.watch;

import dev.tarjama.BackendException;
import dev.tarjama.Cancellation;
import dev.tarjama.StorageException;
import dev.tarjama.internal.store.Ledger;
import dev.tarjama.model.CycleReport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A watch's life: a cycle over the sources that are due, the index rewritten, then a sleep until the next source is
 * due (a worker sharing a ledger meanwhile translates what the others queue) — until the cancellation, which ends the
 * wait (or the cycle, after its requests in flight). A backend that fails once it has answered (a server down for the
 * night, a key being rotated) is reported and asked again at the next cycle; one that has never answered ends the
 * watch at once, since a wrong address or key will not mend itself.
 */
public final class WatchLoop {
    /** How often a worker sharing its queue looks for articles other workers queued. */
    static final Duration QUEUE_LOOK = Duration.ofSeconds(1);

    private final WatchCycle cycle;
    private final List<WatchedSource> sources;
    private final WatchIndex index;
    private final Ledger ledger;
    private final Clock clock;
    private final ZoneId zone;
    private final Cancellation cancellation;
    private final boolean shared;
    private final WatchListener listener;

    /** @param shared other workers may queue articles: look at the queue between polls */
    public WatchLoop(
            WatchCycle cycle,
            List<WatchedSource> sources,
            WatchIndex index,
            Ledger ledger,
            Clock clock,
            ZoneId zone,
            Cancellation cancellation,
            boolean shared,
            WatchListener listener) {
        this.cycle = cycle;
        this.sources = List.copyOf(sources);
        this.index = index;
        this.ledger = ledger;
        this.clock = clock;
        this.zone = zone;
        this.cancellation = cancellation;
        this.shared = shared;
        this.listener = listener;
    }

    /**
     * One cycle over every source, due or not, and the index written.
     *
     * @throws BackendException the backend failed
     * @throws StorageException the index could not be written
     */
    public CycleReport runOnce() {
        Instant start = clock.instant();
        Map<WatchedSource, Duration> all = new LinkedHashMap<>();
        sources.forEach(source -> all.put(source, source.schedule().gap(start)));
        CycleReport report = cycle.run(all);
        listener.cycleEnded(report);
        index.publish(ledger.all(), report.line(zone), start, clock.instant());
        return report;
    }

    /**
     * Cycles until the cancellation: each source polled when it is due.
     *
     * @throws BackendException the backend failed before it ever answered
     */
    public void run() {
        Map<WatchedSource, Instant> due = new HashMap<>();
        sources.forEach(source -> due.put(source, Instant.MIN));
        while (!cancellation.isCancelled()) {
            Instant start = clock.instant();
            Map<WatchedSource, Duration> now = new LinkedHashMap<>();
            sources.forEach(source -> {
                if (!due.get(source).isAfter(start)) {
                    now.put(source, source.schedule().gap(start));
                }
            });
            if (now.isEmpty() && !shared) {
                // woken before any source was due (clocks drift): nothing to do, nothing to log
                if (waitUntil(next(due))) {
                    return;
                }
                continue;
            }
            CycleReport report = outlastingTheBackend(() -> cycle.run(now));
            now.keySet().forEach(source -> due.put(source, source.schedule().next(start)));
            if (report != null) {
                report = report.withNextCycle(cancellation.isCancelled() ? null : next(due));
                listener.cycleEnded(report);
                publish(report, start);
            }
            if (cancellation.isCancelled() || waitUntil(next(due))) {
                return;
            }
        }
    }

    /**
     * Waits for the next poll; a worker sharing its queue with others meanwhile translates what they queue. True when
     * the wait was cut short by the cancellation.
     */
    private boolean waitUntil(Instant next) {
        boolean draining = shared;
        while (true) {
            // rounded up: a wait cut a fraction of a millisecond short wakes before the source is due
            long left = (Duration.between(clock.instant(), next).toNanos() + 999_999) / 1_000_000;
            if (left <= 0) {
                return false;
            }
            if (!draining) {
                return cancellation.sleep(left);
            }
            if (cancellation.sleep(Math.min(left, QUEUE_LOOK.toMillis()))) {
                return true;
            }
            if (cycle.queued() > 0) {
                Instant start = clock.instant();
                CycleReport report = outlastingTheBackend(cycle::drain);
                if (report == null) {
                    draining = false; // the backend failed: the queue waits for the next cycle
                    continue;
                }
                report = report.withNextCycle(next);
                listener.cycleEnded(report);
                publish(report, start);
                if (cancellation.isCancelled()) {
                    return true;
                }
            }
        }
    }

    private static Instant next(Map<WatchedSource, Instant> due) {
        return due.values().stream().min(Instant::compareTo).orElseThrow();
    }

    /**
     * The cycle's report; or {@code null} when the backend failed after having answered before, which is said and
     * left to the next cycle: the articles in hand went back to the queue, and nothing finished is lost.
     */
    private CycleReport outlastingTheBackend(Supplier<CycleReport> work) {
        try {
            return work.get();
        } catch (BackendException e) {
            if (!cycle.backendAnswered()) {
                throw e;
            }
            listener.backendOutage(e.getMessage());
            cycle.resumeBackends();
            return null;
        }
    }

    /**
     * Writes the index pages from the ledger. A watch that runs on does not end because a page could not be written
     * once (a full disk, a folder made read-only): it says so and writes them again after the next cycle, the ledger
     * holding everything they show.
     */
    private void publish(CycleReport report, Instant cycleStart) {
        try {
            index.publish(ledger.all(), report.line(zone), cycleStart, clock.instant());
        } catch (StorageException e) {
            listener.warning(e.getMessage() + "; the index is written again after the next cycle");
        }
    }
}
