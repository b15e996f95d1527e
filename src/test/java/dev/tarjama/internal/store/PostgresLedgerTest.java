package dev.tarjama.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tarjama.Cancellation;
import dev.tarjama.internal.llm.PostgresRateBudget;
import dev.tarjama.model.Spent;
import dev.tarjama.testing.Postgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared ledger, answer cache and rate budget against a real PostgreSQL server. */
class PostgresLedgerTest {
    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    @TempDir
    static Path data;

    static Postgres server;

    String url;
    Database db;

    @BeforeAll
    static void startServer() throws Exception {
        server = Postgres.start(data.resolve("pg"));
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @BeforeEach
    void freshDatabase() throws Exception {
        url = server.newDatabase();
        db = Database.open(DatabaseUrl.parse(url, null));
    }

    private static LedgerEntry queued(int i) {
        return LedgerEntries.queued("feed", "urn:item:" + i, "نص الخبر رقم " + i, NOW);
    }

    private static final ArticleLifecycle LIFECYCLE = LedgerEntries.LIFECYCLE;

    @Test
    void theSchemaIsMigratedOnceAndTheQueueSurvivesAReopen() throws Exception {
        JdbcLedger.postgresql(db).save(queued(1));
        db.close();
        db = Database.open(DatabaseUrl.parse(url, null));

        JdbcLedger ledger = JdbcLedger.postgresql(db);
        assertThat(ledger.queued()).isEqualTo(1);
        LedgerEntry claimed =
                ledger.claimNext("w1", Duration.ofMinutes(1), LIFECYCLE).orElseThrow();
        assertThat(claimed.queued().text("\n")).isEqualTo("نص الخبر رقم 1");
        assertThat(claimed.name()).isEqualTo("urn:item:1");
        assertThat(claimed.state()).isEqualTo(dev.tarjama.model.ArticleState.IN_PROGRESS);
        try (Connection c = server.connect(url);
                ResultSet row = c.createStatement().executeQuery("SELECT count(*) FROM flyway_schema_history")) {
            row.next();
            assertThat(row.getInt(1)).as("every migration, once each").isEqualTo(3);
        }
    }

    @Test
    void workersClaimingAtOnceEachGetDifferentArticles() throws Exception {
        JdbcLedger ledger = JdbcLedger.postgresql(db);
        for (int i = 0; i < 30; i++) {
            ledger.save(queued(i));
        }
        List<String> claimed = Collections.synchronizedList(new ArrayList<>());
        ExecutorService workers = Executors.newFixedThreadPool(3);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            String worker = "worker-" + w;
            running.add(workers.submit(() -> {
                Optional<LedgerEntry> next;
                while ((next = ledger.claimNext(worker, Duration.ofMinutes(1), LIFECYCLE)).isPresent()) {
                    claimed.add(next.get().itemId());
                    ledger.save(LIFECYCLE
                            .translated(next.get(), "f", null, Spent.NONE, NOW)
                            .entry());
                }
            }));
        }
        for (Future<?> f : running) {
            f.get(60, TimeUnit.SECONDS);
        }
        workers.shutdown();

        assertThat(claimed).hasSize(30).doesNotHaveDuplicates();
        assertThat(ledger.queued()).isZero();
    }

    @Test
    void anArticleWhoseLeaseRanOutIsTakenOverAndARenewedOneIsNot() throws Exception {
        JdbcLedger ledger = JdbcLedger.postgresql(db);
        ledger.save(queued(1));
        ledger.save(queued(2));
        LedgerEntry kept =
                ledger.claimNext("alive", Duration.ofMillis(600), LIFECYCLE).orElseThrow();
        LedgerEntry lost =
                ledger.claimNext("dead", Duration.ofMillis(600), LIFECYCLE).orElseThrow();

        assertThat(ledger.claimNext("other", Duration.ofMinutes(1), LIFECYCLE))
                .as("both held")
                .isEmpty();
        Thread.sleep(400);
        assertThat(ledger.renew(kept.key(), "alive", Duration.ofMinutes(1), LIFECYCLE))
                .isTrue();
        Thread.sleep(400);

        Optional<LedgerEntry> takenOver = ledger.claimNext("other", Duration.ofMinutes(1), LIFECYCLE);
        assertThat(takenOver).map(LedgerEntry::itemId).contains(lost.itemId());
        assertThat(ledger.claimNext("other", Duration.ofMinutes(1), LIFECYCLE)).isEmpty();
        assertThat(ledger.renew(lost.key(), "dead", Duration.ofMinutes(1), LIFECYCLE))
                .as("the dead worker's claim is gone")
                .isFalse();
    }

    @Test
    void aSourceIsPolledByOneWorkerPerCycle() {
        JdbcLedger ledger = JdbcLedger.postgresql(db);

        boolean first = ledger.claimPoll("https://example.org/rss", "w1", Duration.ofMinutes(7));
        boolean whilePolling = ledger.claimPoll("https://example.org/rss", "w2", Duration.ofMinutes(7));
        ledger.polled("https://example.org/rss", dev.tarjama.internal.http.Validators.NONE);
        boolean afterwards = ledger.claimPoll("https://example.org/rss", "w3", Duration.ofMinutes(7));
        boolean nextCycle = ledger.claimPoll("https://example.org/rss", "w3", Duration.ZERO);

        assertThat(first).isTrue();
        assertThat(whilePolling).isFalse();
        assertThat(afterwards).as("polled less than the gap ago").isFalse();
        assertThat(nextCycle).isTrue();
    }

    @Test
    void theAnswerCacheIsSharedAndAClaimHoldsOthersOff() {
        PostgresAnswerCache one = new PostgresAnswerCache(db);
        PostgresAnswerCache two = new PostgresAnswerCache(db);
        CacheKey key = CacheKey.of("t").add("text", "x").build();
        CacheKey other = CacheKey.of("t").add("text", "y").build();

        assertThat(one.claim(key, Duration.ofMinutes(1))).isTrue();
        assertThat(two.claim(key, Duration.ofMinutes(1)))
                .as("being asked by the first")
                .isFalse();
        one.put(key, "{\"translation\":\"x\"}");

        assertThat(two.get(key)).contains("{\"translation\":\"x\"}");
        assertThat(two.present(List.of(key, other))).containsExactly(key);
        assertThat(two.claim(other, Duration.ofMinutes(1))).isTrue();
        two.release(other);
        assertThat(one.claim(other, Duration.ofMinutes(1))).isTrue();
    }

    @Test
    void theRateBudgetHoldsForEveryWorkerTogether() throws Exception {
        List<PostgresRateBudget> workers = List.of(
                new PostgresRateBudget(db, 5, 0), new PostgresRateBudget(db, 5, 0), new PostgresRateBudget(db, 5, 0));
        Cancellation cancellation = new Cancellation();
        AtomicInteger granted = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        for (int i = 0; i < 12; i++) {
            PostgresRateBudget budget = workers.get(i % 3);
            pool.submit(() -> {
                if (budget.acquire(100, cancellation)) {
                    granted.incrementAndGet();
                }
            });
        }
        Thread.sleep(3_000);
        int withinTheMinute = granted.get();
        cancellation.cancel();
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(withinTheMinute).as("5 per minute across three workers").isEqualTo(5);
        assertThat(granted.get())
                .as("the waiting ones gave up when cancelled, uncounted")
                .isEqualTo(5);
        try (Connection c = server.connect(url);
                ResultSet row = c.createStatement().executeQuery("SELECT count(*) FROM provider_requests")) {
            row.next();
            assertThat(row.getInt(1)).isEqualTo(5);
        }
    }

    @Test
    void aDatabaseGoneForSecondsIsWaitedForAndNothingFinishedIsLost() throws Exception {
        JdbcLedger ledger = JdbcLedger.postgresql(db);
        ledger.save(LedgerEntries.done("feed", "urn:done", "done", NOW));
        server.stop();
        Thread restarter = new Thread(() -> {
            try {
                Thread.sleep(3_000);
                server.restart();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        restarter.start();
        long started = System.nanoTime();

        ledger.save(queued(7)); // blocks until the server is back

        restarter.join();
        assertThat((System.nanoTime() - started) / 1e9)
                .as("it waited for the server")
                .isGreaterThan(2.0);
        Set<String> ids = new HashSet<>();
        ledger.all().forEach(e -> ids.add(e.itemId()));
        assertThat(ids).containsExactlyInAnyOrder("urn:done", "urn:item:7");
    }
}
