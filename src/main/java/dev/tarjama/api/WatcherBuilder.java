package dev.tarjama.api;

import dev.tarjama.Cancellation;
import dev.tarjama.ConfigurationException;
import dev.tarjama.StorageException;
import dev.tarjama.internal.store.ArticleLifecycle;
import dev.tarjama.internal.store.JdbcLedger;
import dev.tarjama.internal.store.Ledger;
import dev.tarjama.internal.store.ProcessOwner;
import dev.tarjama.internal.watch.Budget;
import dev.tarjama.internal.watch.Schedule;
import dev.tarjama.internal.watch.WatchCycle;
import dev.tarjama.internal.watch.WatchIndex;
import dev.tarjama.internal.watch.WatchListener;
import dev.tarjama.internal.watch.WatchLock;
import dev.tarjama.internal.watch.WatchLoop;
import dev.tarjama.internal.watch.WatchSettings;
import dev.tarjama.internal.watch.WatchedRun;
import dev.tarjama.internal.watch.WatchedSource;
import dev.tarjama.model.CycleReport;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/** A {@link Watcher}'s sources and settings. Not safe for use by several threads. */
public final class WatcherBuilder {
    private final Tarjama tarjama;
    private final Path root;
    private final List<WatchSource> sources = new ArrayList<>();
    private Schedule schedule = Schedule.every(Duration.ofMinutes(15));
    private Integer maxItems;
    private Long maxRequests;
    private Double maxCostPerDay;
    private Duration itemRetry = ArticleLifecycle.DEFAULT_FIRST_RETRY;
    private Duration lease = Duration.ofMinutes(2);
    private Integer articlesInFlight;
    private SharedDatabase database;
    private Watcher.Listener listener = new Watcher.Listener() {};
    private ZoneId zone = ZoneId.systemDefault();

    WatcherBuilder(Tarjama tarjama, Path root) {
        this.tarjama = Objects.requireNonNull(tarjama, "tarjama");
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    }

    /** A source to follow. */
    public WatcherBuilder source(WatchSource source) {
        sources.add(Objects.requireNonNull(source, "source"));
        return this;
    }

    /** The time between two polls of a source that names no schedule of its own (15 minutes by default). */
    public WatcherBuilder every(Duration interval) {
        this.schedule = Schedule.every(interval);
        return this;
    }

    /**
     * A crontab schedule ("0 *&#47;2 * * *", the machine's time zone) for sources that name none of their own.
     *
     * @throws ConfigurationException when the line is not a crontab schedule
     */
    public WatcherBuilder cron(String line) {
        this.schedule = Schedule.cron(line);
        return this;
    }

    /**
     * Limits: articles per cycle, requests per cycle, US dollars per UTC day (by the price table; every worker's
     * spending counts); {@code null} for none. A cycle that reaches one stops taking articles, and the rest wait.
     */
    public WatcherBuilder budget(Integer maxItemsPerCycle, Long maxRequestsPerCycle, Double maxCostPerDay) {
        this.maxItems = maxItemsPerCycle;
        this.maxRequests = maxRequestsPerCycle;
        this.maxCostPerDay = maxCostPerDay;
        return this;
    }

    /** The first wait before a failed article is tried again; it doubles with each failure (5 minutes by default). */
    public WatcherBuilder itemRetry(Duration firstWait) {
        this.itemRetry = Objects.requireNonNull(firstWait, "firstWait");
        return this;
    }

    /**
     * With workers sharing a database: how long a worker's claim on an article holds without a renewal, so how
     * soon another takes over from one that died (2 minutes by default).
     */
    public WatcherBuilder lease(Duration lease) {
        this.lease = Objects.requireNonNull(lease, "lease");
        return this;
    }

    /** How many articles are translated side by side (by default the run's requests in flight, {@code -j}). */
    public WatcherBuilder articlesInFlight(int articles) {
        this.articlesInFlight = articles;
        return this;
    }

    /** Shares the ledger and the queue with the other workers of a PostgreSQL database. */
    public WatcherBuilder sharing(SharedDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
        return this;
    }

    public WatcherBuilder listener(Watcher.Listener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /** The time zone of the times the cycle line shows (the machine's by default). */
    public WatcherBuilder zone(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
        return this;
    }

    /**
     * @throws ConfigurationException when no source was given, or another watcher holds the root's ledger
     * @throws StorageException       when the ledger cannot be opened
     */
    public Watcher build() {
        if (sources.isEmpty()) {
            throw new ConfigurationException("nothing to watch: give at least one source");
        }
        int inFlight = articlesInFlight != null
                ? articlesInFlight
                : tarjama.options().requests().concurrency();
        if (inFlight < 1) {
            throw new ConfigurationException("articlesInFlight must be at least 1, was " + inFlight);
        }
        Clock clock = tarjama.context().clock();
        Cancellation cancellation = tarjama.context().cancellation();
        // one SQLite watcher per output root; workers sharing a database coordinate through it instead
        WatchLock lock = database == null ? WatchLock.acquire(root) : null;
        Ledger ledger;
        try {
            ledger = database == null ? JdbcLedger.sqlite(root, clock) : database.ledger();
        } catch (RuntimeException e) {
            if (lock != null) {
                lock.close();
            }
            throw e;
        }
        WatchListener events = new Events(listener);
        Map<Tarjama, WatchedRun> runs = new IdentityHashMap<>();
        WatchedRun own = runs.computeIfAbsent(tarjama, t -> new TarjamaWatchRun(t, root, root, listener));
        List<WatchedSource> watched = new ArrayList<>();
        for (WatchSource source : sources) {
            WatchedRun run = source.tarjama() == null
                    ? own
                    : runs.computeIfAbsent(
                            source.tarjama(),
                            t -> new TarjamaWatchRun(
                                    t, source.root().toAbsolutePath().normalize(), root, listener));
            Schedule own_ = source.every() != null
                    ? Schedule.every(source.every())
                    : source.cron() != null ? Schedule.cron(source.cron()) : schedule;
            watched.add(new WatchedSource(source.source(), own_, run));
        }
        WatchSettings settings = new WatchSettings(
                new Budget(maxItems, maxRequests, maxCostPerDay),
                new ArticleLifecycle(itemRetry),
                ProcessOwner.current(),
                lease,
                inFlight,
                database != null);
        ExecutorService workers = Executors.newFixedThreadPool(inFlight, threads("tarjama-article-"));
        ScheduledExecutorService renewals =
                Executors.newSingleThreadScheduledExecutor(threads("tarjama-claim-renewal-"));
        WatchCycle cycle = new WatchCycle(
                ledger, settings, watched, own, clock, cancellation::isCancelled, workers, renewals, events);
        WatchLoop loop = new WatchLoop(
                cycle, watched, new WatchIndex(root), ledger, clock, zone, cancellation, database != null, events);
        return new Watcher(loop, ledger, lock, workers, renewals);
    }

    private static java.util.concurrent.ThreadFactory threads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The listener as the watch inside tells it. */
    private record Events(Watcher.Listener listener) implements WatchListener {
        @Override
        public void cycleEnded(CycleReport report) {
            listener.cycleEnded(report);
        }

        @Override
        public void backendOutage(String reason) {
            listener.backendOutage(reason);
        }

        @Override
        public void warning(String message) {
            listener.warning(message);
        }

        @Override
        public void detail(String message) {
            listener.detail(message);
        }
    }
}
