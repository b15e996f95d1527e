package dev.tarjama.bench;

import dev.tarjama.testing.FakeProvider;
import dev.tarjama.testing.FakeSite;
import dev.tarjama.testing.JarProcess;
import dev.tarjama.testing.Postgres;
import dev.tarjama.testing.RssFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Items per minute with 1, 2 and 3 workers of the packaged jar sharing one PostgreSQL, over real HTTP: a feed of N
 * articles on a local site, the fake provider answering after L ms, each worker started as a user starts it
 * ({@code watch --db … --every 1h}), timed from the first start until the ledger holds N done articles (JVM start-up,
 * polling and claiming included). The ratio to one worker is printed beside the ideal (the number of workers). Run it
 * with {@code mvn -B -q -DskipTests package test-compile exec:java -Dbench.main=dev.tarjama.bench.WorkersBench
 * -Dexec.args="N L"} (default 30 articles, 300 ms).
 */
public final class WorkersBench {
    private WorkersBench() {}

    public static void main(String[] args) throws Exception {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int latency = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        String[] bodies = IntStream.range(0, items)
                .mapToObj(i ->
                        "أعلنت الوزارة اليوم أن عدد الزوار في المعرض بلغ " + (1000 + i) + " زائر خلال أسبوعه الأول.")
                .toArray(String[]::new);
        Path dir = Files.createTempDirectory("tarjama-workers-bench");
        try (Postgres postgres = Postgres.start(dir.resolve("pg"));
                FakeSite site = new FakeSite();
                FakeProvider fake = new FakeProvider()) {
            site.page(
                    "/feed.xml",
                    "application/rss+xml",
                    RssFixture.rss(site, bodies, -1).getBytes(StandardCharsets.UTF_8));
            fake.withFixedDelay(Duration.ofMillis(latency));
            System.out.printf(
                    Locale.ROOT, "%d articles, provider latency %d ms, packaged jar, one PostgreSQL%n", items, latency);
            System.out.printf(
                    Locale.ROOT, "%-8s %10s %14s %10s %8s%n", "workers", "seconds", "articles/min", "ratio", "ideal");
            double one = 0;
            for (int workers = 1; workers <= 3; workers++) {
                double seconds = run(dir.resolve("run-" + workers), postgres, site, fake, items, workers);
                double perMinute = items / seconds * 60;
                one = workers == 1 ? perMinute : one;
                System.out.printf(
                        Locale.ROOT,
                        "%-8d %10.1f %14.1f %10.2f %8d%n",
                        workers,
                        seconds,
                        perMinute,
                        perMinute / one,
                        workers);
            }
        }
    }

    private static double run(Path dir, Postgres postgres, FakeSite site, FakeProvider fake, int items, int count)
            throws Exception {
        String db = postgres.newDatabase();
        List<JarProcess> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int n = 0; n < count; n++) {
            Path home = Files.createDirectories(dir.resolve("worker-" + n));
            workers.add(JarProcess.start(
                    home,
                    JarProcess.against(fake, home.resolve("cache"), Map.of("TARJAMA_DB", db)),
                    List.of(),
                    "watch",
                    "--feed",
                    site.url("/feed.xml"),
                    "--limit",
                    String.valueOf(items),
                    "-o",
                    dir.resolve("out").toString(),
                    "--every",
                    "1h",
                    "--no-glossary",
                    "--allow-private-network",
                    "-q"));
        }
        while (done(postgres, db) < items) {
            for (JarProcess worker : workers) {
                if (!worker.process().isAlive()) {
                    throw new IllegalStateException("a worker ended: " + worker.stderr());
                }
            }
            Thread.sleep(50);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        for (JarProcess worker : workers) {
            worker.signal("TERM");
            worker.exited(30);
        }
        return seconds;
    }

    private static int done(Postgres postgres, String db) {
        try (Connection c = postgres.connect(db);
                ResultSet row =
                        c.createStatement().executeQuery("SELECT count(*) FROM articles WHERE state = 'DONE'")) {
            row.next();
            return row.getInt(1);
        } catch (SQLException notYetMigrated) {
            return 0;
        }
    }
}
