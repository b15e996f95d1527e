package dev.tarjama.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tarjama.Cancellation;
import dev.tarjama.testing.FakeProvider;
import dev.tarjama.testing.FakeSite;
import dev.tarjama.testing.JarProcess;
import dev.tarjama.testing.RssFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar watching a feed in its own process: signals, kill -9 and a second watcher, as a service sees them. */
class WatchProcessIT {
    private static final int ITEMS = 8;
    private static final String[] BODIES = IntStream.range(0, ITEMS)
            .mapToObj(i -> "افتتحت القمة الاقتصادية في الرياض اليوم بمشاركة واسعة من رجال الأعمال، وبلغ عدد المشاركين "
                    + (120 + i) + " مستثمرا من أنحاء العالم.")
            .toArray(String[]::new);

    @TempDir
    Path dir;

    FakeSite site;
    FakeProvider fake;

    @BeforeEach
    void start() throws IOException {
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
    }

    private JarProcess watch(String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of(
                "watch", "--feed", site.url("/feed.xml"), "-o", "out", "--no-glossary", "--allow-private-network"));
        args.addAll(List.of(more));
        // each process in its own folder for its stdout.txt and stderr.txt, all writing to one output root
        Path home = Files.createDirectories(dir.resolve("run-" + System.nanoTime()));
        Files.createSymbolicLink(home.resolve("out"), Files.createDirectories(dir.resolve("out")));
        return JarProcess.start(
                home,
                JarProcess.against(fake, dir.resolve(".cache"), Map.of()),
                List.of(),
                args.toArray(String[]::new));
    }

    private void awaitRequests(int count, JarProcess watcher) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (fake.requests().size() < count) {
            assertThat(watcher.process().isAlive())
                    .as("the watch ended early: " + watcher.stderr())
                    .isTrue();
            assertThat(System.nanoTime()).as("requests arrived in time").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private List<String> doneItems() throws SQLException {
        List<String> done = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("out/.tarjama/state.db"));
                ResultSet rows =
                        db.createStatement().executeQuery("SELECT item_id FROM articles WHERE state = 'DONE'")) {
            while (rows.next()) {
                done.add(rows.getString(1));
            }
        }
        return done;
    }

    @Test
    void killedWithSigkillMidCycleTheNextStartFinishesWithoutRepeatingFinishedWork() throws Exception {
        // slow enough that the kill comes mid-cycle although four articles are translated side by side
        fake.withFixedDelay(Duration.ofMillis(1500));
        JarProcess first = watch("--every", "1h");
        awaitRequests(2, first);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (doneItems().isEmpty()) { // the kill comes once an article is finished, while others are in flight
            assertThat(first.process().isAlive())
                    .as("the watch ended early: " + first.stderr())
                    .isTrue();
            assertThat(System.nanoTime()).as("an article finished in time").isLessThan(deadline);
            Thread.sleep(20);
        }

        JarProcess second = watch("--once");
        assertThat(second.exited(60)).isTrue();
        assertThat(second.process().exitValue()).isEqualTo(ExitCodes.USAGE);
        assertThat(second.stderr())
                .contains("another tarjama watch (pid " + first.process().pid() + ") is already using");

        first.signal("KILL");
        assertThat(first.exited(10)).isTrue();
        List<String> done = doneItems();
        assertThat(done)
                .as("some items were finished before the kill, not all")
                .isNotEmpty()
                .hasSizeLessThan(ITEMS);
        int before = fake.requests().size();
        fake.withFixedDelay(Duration.ZERO);

        JarProcess restarted = watch("--once");
        assertThat(restarted.exited(120)).isTrue();
        assertThat(restarted.process().exitValue()).as(restarted.stderr()).isEqualTo(ExitCodes.OK);
        assertThat(restarted.stderr())
                .contains((ITEMS - done.size()) + " new, 0 updated, " + done.size() + " unchanged");
        assertThat(doneItems()).hasSize(ITEMS);
        for (FakeProvider.Recorded request :
                fake.requests().subList(before, fake.requests().size())) {
            for (String id : done) {
                String body = BODIES[Integer.parseInt(id.substring(id.lastIndexOf(':') + 1))];
                assertThat(request.userMessage())
                        .as("finished before the kill: " + id)
                        .doesNotContain(body);
            }
        }
    }

    @Test
    void sigtermEndsAWatchWithinSecondsAndExits0KeepingWhatItFinished() throws Exception {
        fake.withFixedDelay(Duration.ofMillis(300));
        JarProcess busy = watch("--every", "1h");
        awaitRequests(5, busy);

        long asked = System.nanoTime();
        busy.signal("TERM");
        assertThat(busy.exited(20)).as("stopped within seconds").isTrue();
        double seconds = (System.nanoTime() - asked) / 1e9;

        assertThat(busy.process().exitValue()).as(busy.stderr()).isEqualTo(ExitCodes.OK);
        assertThat(seconds).isLessThan(Cancellation.GRACE.toSeconds() + 5);
        assertThat(busy.stderr()).doesNotContain("Exception");
        List<String> done = doneItems();

        fake.withFixedDelay(Duration.ZERO);
        JarProcess idle = watch("--every", "1h");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!idle.stderr().contains("cycle:")) {
            assertThat(System.nanoTime()).as("the cycle ended in time").isLessThan(deadline);
            Thread.sleep(50);
        }
        assertThat(idle.stderr()).contains((ITEMS - done.size()) + " new, 0 updated, " + done.size() + " unchanged");
        idle.signal("TERM");
        assertThat(idle.exited(10)).as("a waiting watch stops at once").isTrue();
        assertThat(idle.process().exitValue()).isEqualTo(ExitCodes.OK);
    }
}
