package dev.tarjama.api;

import dev.tarjama.BackendException;
import dev.tarjama.ConfigurationException;
import dev.tarjama.StorageException;
import dev.tarjama.internal.store.ArticleLifecycle;
import dev.tarjama.internal.store.JdbcLedger;
import dev.tarjama.internal.store.Ledger;
import dev.tarjama.internal.store.LedgerEntry;
import dev.tarjama.internal.watch.WatchLock;
import dev.tarjama.internal.watch.WatchLoop;
import dev.tarjama.model.ArticleState;
import dev.tarjama.model.CycleReport;
import dev.tarjama.model.WatchedArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Follows feeds, pages and folders, and translates what is new or changed in them into an output root, cycle after
 * cycle: a ledger remembers every article (an unchanged one costs no request, a failed one is tried again later and
 * parked after three failures, a changed one is translated again with its previous record kept under
 * {@code versions/}), several articles are translated side by side within the run's limits, and after each cycle the
 * root's {@code index.html}, {@code index.md}, the day's digest and {@code briefs.atom} are written again.
 *
 * <pre>{@code
 * try (Tarjama tarjama = Tarjama.builder().backend("openai", null, key, null).build();
 *         Watcher watcher = Watcher.builder(tarjama, Path.of("out"))
 *                 .source(WatchSource.folder(Path.of("inbox")))
 *                 .build()) {
 *     CycleReport report = watcher.runOnce();
 * }
 * }</pre>
 *
 * <p>The ledger is an SQLite file under the root ({@code .tarjama/state.db}), held by one watcher at a time; with
 * {@link WatcherBuilder#sharing}, a PostgreSQL database several workers share.
 */
public final class Watcher implements AutoCloseable {
    /** Failed attempts in a row before an article is parked until its text changes. */
    public static final int MAX_ATTEMPTS = ArticleLifecycle.MAX_ATTEMPTS;

    private final WatchLoop loop;
    private final Ledger ledger;
    private final WatchLock lock;
    private final ExecutorService workers;
    private final ScheduledExecutorService renewals;

    Watcher(WatchLoop loop, Ledger ledger, WatchLock lock, ExecutorService workers, ScheduledExecutorService renewals) {
        this.loop = loop;
        this.ledger = ledger;
        this.lock = lock;
        this.workers = workers;
        this.renewals = renewals;
    }

    /**
     * A watcher whose articles {@code tarjama} translates into {@code root}, where its ledger, lock and index are.
     * The watch stops when the {@code tarjama}'s cancellation is cancelled.
     */
    public static WatcherBuilder builder(Tarjama tarjama, Path root) {
        return new WatcherBuilder(tarjama, root);
    }

    /**
     * One cycle over every source, due or not, and the index written: for a scheduled job (cron, a timer).
     *
     * @throws BackendException the backend failed (the articles in hand are back in the queue)
     * @throws StorageException the ledger, an output folder or the index could not be written
     */
    public CycleReport runOnce() {
        return loop.runOnce();
    }

    /**
     * Cycles until the cancellation: each source polled when it is due, what it holds translated, the index written;
     * between polls, a worker sharing a database translates what the others queue. A backend that fails after it has
     * answered is reported to the listener and asked again at the next cycle.
     *
     * @throws BackendException the backend failed before it ever answered (a wrong address or key)
     * @throws StorageException the ledger could not be written
     */
    public void run() {
        loop.run();
    }

    /** Every article the ledger knows of, newest published first. */
    public List<WatchedArticle> articles() {
        return articles(ledger);
    }

    /**
     * What the watch under {@code root} knows, read without watching (while a watch runs, too).
     *
     * @throws ConfigurationException when no watch has written a ledger under {@code root}
     */
    public static List<WatchedArticle> articles(Path root) {
        if (!Files.isRegularFile(root.resolve(".tarjama").resolve("state.db"))) {
            throw new ConfigurationException(
                    "no watch ledger under " + root + " (tarjama watch -o " + root + " writes one); nothing to show");
        }
        try (Ledger ledger = JdbcLedger.sqlite(root, Clock.systemUTC())) {
            return articles(ledger);
        }
    }

    /** What the watch workers sharing {@code database} know. */
    public static List<WatchedArticle> articles(SharedDatabase database) {
        try (Ledger ledger = database.ledger()) {
            return articles(ledger);
        }
    }

    private static List<WatchedArticle> articles(Ledger ledger) {
        return ledger.all().stream()
                .map(Watcher::watched)
                .sorted(java.util.Comparator.comparing((WatchedArticle a) -> a.published() != null
                                ? a.published()
                                : a.translatedAt() != null ? a.translatedAt() : java.time.Instant.MIN)
                        .reversed())
                .toList();
    }

    private static WatchedArticle watched(LedgerEntry e) {
        return new WatchedArticle(
                e.itemId(),
                e.source(),
                e.card() != null && e.card().title() != null ? e.card().title() : e.name(),
                e.state(),
                e.attempts(),
                e.lastError(),
                e.state() == ArticleState.RETRY ? e.nextAttempt() : null,
                e.folder(),
                e.published(),
                e.translatedAt());
    }

    /** Stops the article workers and releases the ledger and the lock; the {@link Tarjama}s are the caller's. */
    @Override
    public void close() {
        workers.shutdownNow();
        renewals.shutdownNow();
        ledger.close();
        if (lock != null) {
            lock.close();
        }
    }

    /** Told what a watch does; calls come from its threads, and every method may be left as it is. */
    public interface Listener {
        /** A cycle ended (or, between polls, a drain of what other workers queued). */
        default void cycleEnded(CycleReport report) {}

        /** An article was translated and written (or written in part). */
        default void written(Written written) {}

        /** The backend failed after it had answered before: the watch asks again at the next cycle. */
        default void backendOutage(String reason) {}

        /** Something the watch outlives went wrong: a page of the index not written, a claim lost. */
        default void warning(String message) {}

        /** Detail for those who asked for it. */
        default void detail(String message) {}
    }
}
