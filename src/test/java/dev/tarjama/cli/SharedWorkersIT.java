package dev.tarjama.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tarjama.testing.FakeProvider;
import dev.tarjama.testing.FakeSite;
import dev.tarjama.testing.JarProcess;
import dev.tarjama.testing.Postgres;
import dev.tarjama.testing.RssFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three workers of the packaged jar on one real PostgreSQL, watching one feed of 30 articles through the fake provider:
 * each article translated once, a worker killed with kill -9 taken over, and one requests-per-minute limit held by the
 * three together.
 */
class SharedWorkersIT {
    private static final int ITEMS = 30;
    private static final int RPM = 60;
    private static final String[] BODIES = IntStream.range(0, ITEMS)
            .mapToObj(i -> "أعلنت الوزارة اليوم أن عدد الزوار في المعرض بلغ " + (1000 + i) + " زائر خلال أسبوعه الأول.")
            .toArray(String[]::new);

    @TempDir
    Path dir;

    Postgres postgres;
    FakeSite site;
    FakeProvider fake;
    String db;

    @BeforeEach
    void start() throws Exception {
        postgres = Postgres.start(dir.resolve("pg"));
        db = postgres.newDatabase();
        site = new FakeSite();
        fake = new FakeProvider();
        site.page(
                "/feed.xml",
                "application/rss+xml",
                RssFixture.rss(site, BODIES, -1).getBytes(StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() throws IOException {
        site.close();
        fake.close();
        postgres.close();
    }

    private JarProcess worker(int n) throws IOException {
        return worker(n, "--rpm", String.valueOf(RPM));
    }

    private JarProcess worker(int n, String... more) throws IOException {
        Path home = Files.createDirectories(dir.resolve("worker-" + n));
        return JarProcess.start(
                home,
                // each worker its own local cache: only the shared one can keep them from paying twice
                JarProcess.against(fake, home.resolve("cache"), Map.of("TARJAMA_DB", db)),
                List.of(),
                Stream.concat(
                                Stream.of(
                                        "watch",
                                        "--feed",
                                        site.url("/feed.xml"),
                                        "--limit",
                                        String.valueOf(ITEMS),
                                        "-o",
                                        dir.resolve("out").toString(),
                                        "--every",
                                        "1h",
                                        "--no-glossary",
                                        "--allow-private-network",
                                        "--batch-tokens",
                                        "0",
                                        "--claim-lease",
                                        "5s"),
                                Stream.of(more))
                        .toArray(String[]::new));
    }

    private int done() throws SQLException {
        try (Connection c = postgres.connect(db);
                ResultSet row =
                        c.createStatement().executeQuery("SELECT count(*) FROM articles WHERE state = 'DONE'")) {
            row.next();
            return row.getInt(1);
        } catch (SQLException notMigratedYet) {
            return 0;
        }
    }

    @Test
    void threeWorkersTranslateEachArticleOnceTakeOverAKilledOneAndShareTheRateLimit() throws Exception {
        fake.withFixedDelay(Duration.ofMillis(300));
        List<JarProcess> workers = new ArrayList<>();
        for (int n = 0; n < 3; n++) {
            workers.add(worker(n));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (fake.requests().size() < 15) {
            assertThat(System.nanoTime()).as("the workers started translating").isLessThan(deadline);
            Thread.sleep(20);
        }
        workers.get(0).signal("KILL");
        assertThat(workers.get(0).exited(10)).isTrue();
        int doneAtKill = done();

        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (done() < ITEMS) {
            assertThat(System.nanoTime())
                    .as("every article done in time; worker 1 said:\n"
                            + workers.get(1).stderr())
                    .isLessThan(deadline);
            Thread.sleep(200);
        }
        for (JarProcess survivor : workers.subList(1, 3)) {
            survivor.signal("TERM");
            assertThat(survivor.exited(20)).isTrue();
            assertThat(survivor.process().exitValue()).as(survivor.stderr()).isEqualTo(ExitCodes.OK);
            assertThat(survivor.stderr()).doesNotContain("Exception").doesNotContain("\tat ");
        }

        assertThat(doneAtKill).as("killed mid-run").isLessThan(ITEMS);
        try (Connection c = postgres.connect(db);
                ResultSet rows =
                        c.createStatement().executeQuery("SELECT count(*), count(DISTINCT item_id) FROM articles")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(ITEMS);
            assertThat(rows.getInt(2)).isEqualTo(ITEMS);
        }
        try (Stream<Path> folders = Files.list(dir.resolve("out"))) {
            assertThat(folders.filter(Files::isDirectory)
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .filter(p -> !p.getFileName().toString().equals("assets"))) // the root's shared font
                    .hasSize(ITEMS);
            assertThat(dir.resolve("out/assets/amiri-regular.ttf"))
                    .as("one font for the root")
                    .isRegularFile();
        }
        // each paragraph asked once, but for what the killed worker had in flight: its requests in flight, at most -j
        // (4), whichever articles they were for
        List<FakeProvider.Recorded> requests = fake.requests();
        int repeated = 0;
        for (String body : BODIES) {
            long asked = requests.stream()
                    .filter(r -> "paragraph_translation".equals(r.kind()) && body.equals(r.paragraph()))
                    .count();
            assertThat(asked).as(body).isGreaterThanOrEqualTo(1);
            repeated += (int) asked - 1;
        }
        assertThat(repeated).as("paragraphs paid for twice").isLessThanOrEqualTo(4);
        assertThat(fake.requestsOfKind("article_brief").size()).isBetween(ITEMS, ITEMS + 4);
        // never more than RPM requests in any 60-second window, for the three workers together
        List<Long> times = requests.stream()
                .map(FakeProvider.Recorded::receivedNanos)
                .sorted()
                .toList();
        assertThat(times.size()).as("enough requests for the limit to matter").isGreaterThan(RPM);
        for (int i = 0; i < times.size(); i++) {
            int from = i;
            long inWindow = times.stream()
                    .filter(t -> t >= times.get(from) && t < times.get(from) + TimeUnit.SECONDS.toNanos(60))
                    .count();
            assertThat(inWindow).as("requests in the minute from request " + i).isLessThanOrEqualTo(RPM);
        }
    }

    @Test
    void aWorkerThatLosesTheDatabaseForSecondsWaitsForItAndLosesNothing() throws Exception {
        fake.withFixedDelay(Duration.ofMillis(150));
        JarProcess worker = worker(0, "--rpm", "0"); // no limit: the outage, not the pacing, is under test
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (done() < 5) {
            assertThat(System.nanoTime()).as("started: " + worker.stderr()).isLessThan(deadline);
            Thread.sleep(50);
        }
        postgres.stop();
        Thread.sleep(4_000);
        int askedDuringOutage = fake.requests().size();
        postgres.restart();

        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (done() < ITEMS) {
            assertThat(worker.process().isAlive())
                    .as("the worker outlived the outage: " + worker.stderr())
                    .isTrue();
            assertThat(System.nanoTime()).as("every article done in time").isLessThan(deadline);
            Thread.sleep(200);
        }
        worker.signal("TERM");
        assertThat(worker.exited(20)).isTrue();

        assertThat(worker.process().exitValue()).as(worker.stderr()).isEqualTo(ExitCodes.OK);
        assertThat(askedDuringOutage)
                .as("it went on after the outage")
                .isLessThan(fake.requests().size());
        for (String body : BODIES) {
            assertThat(fake.requests().stream()
                            .filter(r -> "paragraph_translation".equals(r.kind()) && body.equals(r.paragraph())))
                    .as("asked once: " + body)
                    .hasSize(1);
        }
    }
}
