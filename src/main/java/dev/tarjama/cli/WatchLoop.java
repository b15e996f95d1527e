package dev.tarjama.cli;

import dev.tarjama.ExitCodes;
import dev.tarjama.TarjamaException;
import dev.tarjama.source.ArticleSource;
import dev.tarjama.watch.CycleReport;
import dev.tarjama.watch.Ledger;
import dev.tarjama.watch.Schedule;
import dev.tarjama.watch.WatchCycle;
import dev.tarjama.watch.WatchIndex;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The watch's life: a cycle over the sources that are due, one log line, the index rewritten, then sleep until the
 * next source is due (a worker sharing a database meanwhile translates what the others queue) — until a signal, which
 * ends the wait (or the cycle, after its requests in flight) and exits 0. A backend that fails once it has answered
 * (a server down for the night, a key being rotated) is reported and asked again at the next cycle; one that has
 * never answered ends the watch at once, since a wrong URL or key will not mend itself.
 */
final class WatchLoop {
    /** The backends the watch's sessions ask. */
    interface Backends {
        /** Whether any of them has answered since the watch started. */
        boolean everAnswered();

        /** Lets them be asked again after a failure stopped them. */
        void resume();
    }

    private final Environment env;
    private final Console console;
    private final WatchCycle cycle;
    private final Ledger ledger;
    private final WatchIndex index;
    private final Map<ArticleSource, Schedule> schedules;
    private final boolean shared;
    private final Backends backends;

    /** How often a worker sharing its queue looks for articles other workers queued. */
    static final Duration QUEUE_LOOK = Duration.ofSeconds(1);

    /** @param shared other workers may queue articles: look at the queue between polls */
    WatchLoop(
            Environment env,
            Console console,
            WatchCycle cycle,
            Ledger ledger,
            WatchIndex index,
            Map<ArticleSource, Schedule> schedules,
            boolean shared,
            Backends backends) {
        this.env = env;
        this.console = console;
        this.cycle = cycle;
        this.ledger = ledger;
        this.index = index;
        this.schedules = schedules;
        this.shared = shared;
        this.backends = backends;
    }

    /** Runs until stopped, or one cycle over every source with {@code once}; returns the exit code. */
    int run(boolean once) {
        Map<ArticleSource, Instant> due = new HashMap<>();
        schedules.keySet().forEach(source -> due.put(source, Instant.MIN));
        while (true) {
            Instant start = env.clock().instant();
            Map<ArticleSource, Duration> now = new LinkedHashMap<>();
            schedules.forEach((source, schedule) -> {
                if (!due.get(source).isAfter(start)) {
                    now.put(source, schedule.gap(start));
                }
            });
            if (now.isEmpty() && !shared && !once) {
                // woken before any source was due (clocks drift): nothing to do, nothing to log
                if (waitUntil(next(due))) {
                    return ExitCodes.OK;
                }
                continue;
            }
            CycleReport report = outlastingTheBackend(() -> cycle.run(now), once);
            now.keySet().forEach(source -> due.put(source, schedules.get(source).next(start)));
            if (report == null) {
                if (waitUntil(next(due))) {
                    return ExitCodes.OK;
                }
                continue;
            }
            report.sourceErrors().forEach(console::error);
            String line = line(report);
            console.info(line);
            if (report.budgetReached() != null) {
                console.warn("budget: " + report.budgetReached() + "; " + report.deferred()
                        + (report.deferred() == 1 ? " article waits" : " articles wait") + " for a later cycle");
            }
            publish(line, start, once);
            if (env.cancellation().isCancelled()) {
                return ExitCodes.OK; // stopped by a signal: everything finished is recorded
            }
            if (once) {
                return report.anyFailure() ? ExitCodes.PARTIAL : ExitCodes.OK;
            }
            Instant next = next(due);
            console.detail("next cycle at " + next);
            if (waitUntil(next)) {
                return ExitCodes.OK;
            }
        }
    }

    /**
     * Waits for the next poll; a worker sharing its queue with others meanwhile translates what they queue. True when
     * the wait was cut short by a signal.
     */
    private boolean waitUntil(Instant next) {
        boolean draining = shared;
        while (true) {
            // rounded up: a wait cut a fraction of a millisecond short wakes before the source is due
            long left = (Duration.between(env.clock().instant(), next).toNanos() + 999_999) / 1_000_000;
            if (left <= 0) {
                return false;
            }
            if (!draining) {
                return env.cancellation().sleep(left);
            }
            if (env.cancellation().sleep(Math.min(left, QUEUE_LOOK.toMillis()))) {
                return true;
            }
            if (cycle.queued() > 0) {
                CycleReport report = outlastingTheBackend(cycle::drain, false);
                if (report == null) {
                    draining = false; // the backend failed: the queue waits for the next cycle
                    continue;
                }
                String line = line(report);
                console.info(line);
                publish(line, env.clock().instant(), false);
                if (env.cancellation().isCancelled()) {
                    return true;
                }
            }
        }
    }

    private static Instant next(Map<ArticleSource, Instant> due) {
        return due.values().stream().min(Instant::compareTo).orElseThrow();
    }

    /**
     * The cycle's report; or {@code null} when the backend failed after having answered before, which is said and
     * left to the next cycle: the article in hand was handed back to the queue, and nothing finished is lost.
     */
    private CycleReport outlastingTheBackend(java.util.function.Supplier<CycleReport> cycle, boolean once) {
        try {
            return cycle.get();
        } catch (TarjamaException e) {
            if (once || e.exitCode() != ExitCodes.BACKEND || !backends.everAnswered()) {
                throw e;
            }
            console.error(e.getMessage() + " — the watch asks again at the next cycle");
            backends.resume();
            return null;
        }
    }

    /**
     * Writes the index pages from the ledger. A watch that runs on does not end because a page could not be written
     * once (a full disk, a folder made read-only): it says so and writes them again after the next cycle, the ledger
     * holding everything they show. A single cycle ({@code --once}) fails with the error.
     */
    private void publish(String line, Instant cycleStart, boolean once) {
        try {
            index.publish(ledger.all(), line, cycleStart, env.clock().instant());
        } catch (TarjamaException e) {
            if (once) {
                throw e;
            }
            console.error(e.getMessage() + "; the index is written again after the next cycle");
        }
    }

    /** "cycle: 2 new, …, 1 parked; 14 requests, 9,120 tokens, $0.0031, 12.4 s". */
    static String line(CycleReport r) {
        StringBuilder line = new StringBuilder(String.format(
                Locale.ROOT,
                "cycle: %d new, %d updated, %d unchanged, %d failed, %d waiting to retry, %d parked",
                r.translated(),
                r.updated(),
                r.unchanged(),
                r.failed(),
                r.waiting(),
                r.parked()));
        if (r.deferred() > 0) {
            line.append(", ").append(r.deferred()).append(" left for later");
        }
        if (r.stillWriting() > 0) {
            line.append(", ")
                    .append(r.stillWriting())
                    .append(r.stillWriting() == 1 ? " file" : " files")
                    .append(" still being written");
        }
        if (r.notModifiedSources() > 0) {
            line.append(", ")
                    .append(r.notModifiedSources())
                    .append(r.notModifiedSources() == 1 ? " source" : " sources")
                    .append(" not modified");
        }
        line.append(String.format(
                Locale.ROOT,
                "; %,d requests, %,d tokens, %s, %.1f s",
                r.spent().requests(),
                r.spent().tokens(),
                r.spent().costUsd() == null
                        ? "cost unknown"
                        : String.format(Locale.ROOT, "$%.4f", r.spent().costUsd()),
                r.elapsed().toMillis() / 1000.0));
        if (r.budgetReached() != null) {
            line.append("; stopped: ").append(r.budgetReached());
        }
        return line.toString();
    }
}
