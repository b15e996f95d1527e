package dev.tarjama.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tarjama.Cancellation;
import dev.tarjama.cache.CacheKey;
import dev.tarjama.model.Article;
import dev.tarjama.model.Paragraph;
import dev.tarjama.model.ParagraphKind;
import dev.tarjama.testing.Postgres;
import dev.tarjama.watch.LedgerEntry;
import dev.tarjama.watch.QueuedItem;
import dev.tarjama.watch.Spent;
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

    private static QueuedItem queued(int i) {
        String text = "نص الخبر رقم " + i;
        Article article = new Article(
                "item " + i, "", "ar", "UTF-8", List.of(new Paragraph(0, ParagraphKind.BODY, text, List.of(text))));
        LedgerEntry entry = new LedgerEntry(
                "urn:item:" + i,
                "feed",
                "hash" + i,
                LedgerEntry.Status.QUEUED,
                0,
                null,
                null,
                NOW,
                NOW,
                null,
                Spent.NONE);
        return new QueuedItem(entry, "item " + i, article, null);
    }

    @Test
    void theSchemaIsMigratedOnceAndTheQueueSurvivesAReopen() throws Exception {
        new PostgresLedger(db).enqueue(queued(1), NOW);
        db.close();
        db = Database.open(DatabaseUrl.parse(url, null));

        PostgresLedger ledger = new PostgresLedger(db);
        assertThat(ledger.queued()).isEqualTo(1);
        QueuedItem claimed = ledger.claimNext("w1", Duration.ofMinutes(1), NOW).orElseThrow();
        assertThat(claimed.article().text("\n")).isEqualTo("نص الخبر رقم 1");
        assertThat(claimed.name()).isEqualTo("item 1");
        try (Connection c = server.connect(url);
                ResultSet row = c.createStatement().executeQuery("SELECT count(*) FROM flyway_schema_history")) {
            row.next();
            assertThat(row.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void workersClaimingAtOnceEachGetDifferentArticles() throws Exception {
        PostgresLedger ledger = new PostgresLedger(db);
        for (int i = 0; i < 30; i++) {
            ledger.enqueue(queued(i), NOW);
        }
        List<String> claimed = Collections.synchronizedList(new ArrayList<>());
        ExecutorService workers = Executors.newFixedThreadPool(3);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            String worker = "worker-" + w;
            running.add(workers.submit(() -> {
                Optional<QueuedItem> next;
                while ((next = ledger.claimNext(worker, Duration.ofMinutes(1), NOW)).isPresent()) {
                    claimed.add(next.get().entry().itemId());
                    ledger.record(new LedgerEntry(
                            next.get().entry().itemId(),
                            "feed",
                            "h",
                            LedgerEntry.Status.DONE,
                            0,
                            null,
                            "f",
                            NOW,
                            NOW,
                            null,
                            Spent.NONE));
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
        PostgresLedger ledger = new PostgresLedger(db);
        ledger.enqueue(queued(1), NOW);
        ledger.enqueue(queued(2), NOW);
        QueuedItem kept = ledger.claimNext("alive", Duration.ofMillis(600), NOW).orElseThrow();
        QueuedItem lost = ledger.claimNext("dead", Duration.ofMillis(600), NOW).orElseThrow();

        assertThat(ledger.claimNext("other", Duration.ofMinutes(1), NOW))
                .as("both held")
                .isEmpty();
        Thread.sleep(400);
        ledger.renew(kept.entry().itemId(), "alive", Duration.ofMinutes(1), NOW);
        Thread.sleep(400);

        Optional<QueuedItem> takenOver = ledger.claimNext("other", Duration.ofMinutes(1), NOW);
        assertThat(takenOver).map(q -> q.entry().itemId()).contains(lost.entry().itemId());
        assertThat(ledger.claimNext("other", Duration.ofMinutes(1), NOW)).isEmpty();
    }

    @Test
    void aSourceIsPolledByOneWorkerPerCycle() {
        PostgresLedger ledger = new PostgresLedger(db);

        boolean first = ledger.claimPoll("https://example.org/rss", "w1", Duration.ofMinutes(7), NOW);
        boolean whilePolling = ledger.claimPoll("https://example.org/rss", "w2", Duration.ofMinutes(7), NOW);
        ledger.polled("https://example.org/rss", dev.tarjama.source.Validators.NONE, NOW);
        boolean afterwards = ledger.claimPoll("https://example.org/rss", "w3", Duration.ofMinutes(7), NOW);
        boolean nextCycle = ledger.claimPoll("https://example.org/rss", "w3", Duration.ZERO, NOW);

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
        PostgresLedger ledger = new PostgresLedger(db);
        ledger.record(new LedgerEntry(
                "urn:done", "feed", "h", LedgerEntry.Status.DONE, 0, null, "done", NOW, NOW, null, Spent.NONE));
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

        ledger.enqueue(queued(7), NOW); // blocks until the server is back

        restarter.join();
        assertThat((System.nanoTime() - started) / 1e9)
                .as("it waited for the server")
                .isGreaterThan(2.0);
        Set<String> ids = new HashSet<>();
        ledger.all().forEach(e -> ids.add(e.itemId()));
        assertThat(ids).containsExactlyInAnyOrder("urn:done", "urn:item:7");
    }
}
