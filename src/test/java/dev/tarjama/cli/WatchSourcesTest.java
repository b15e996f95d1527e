package dev.tarjama.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tarjama.internal.watch.WatchLock;
import dev.tarjama.testing.CliRun;
import dev.tarjama.testing.FakeProvider;
import dev.tarjama.testing.FakeSite;
import dev.tarjama.testing.RssFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a watch reads its sources: conditional requests, files still being written, one watcher, budgets. */
class WatchSourcesTest {
    private static final String[] BODIES = RssFixture.bodies();

    @TempDir
    Path dir;

    FakeSite site;
    FakeProvider fake;

    @BeforeEach
    void start() throws IOException {
        site = new FakeSite();
        fake = new FakeProvider();
    }

    @AfterEach
    void stop() throws IOException {
        site.close();
        fake.close();
    }

    /** The feed with an ETag and a Last-Modified date; asked with the same ETag back, it answers 304. */
    private void feedWithEtag(int linkOnly) {
        String rss = RssFixture.rss(site, BODIES, linkOnly);
        site.answer(
                "/feed.xml",
                request -> "\"v1\"".equals(request.getHeader("If-None-Match"))
                        ? new MockResponse().setResponseCode(304)
                        : new MockResponse()
                                .setHeader("Content-Type", "application/rss+xml")
                                .setHeader("ETag", "\"v1\"")
                                .setHeader("Last-Modified", "Sun, 29 Nov 2026 09:00:00 GMT")
                                .setBody(rss));
    }

    private CliRun.Result watch(Instant at, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "watch",
                "--once",
                "--no-glossary",
                "-o",
                "out",
                "--allow-private-network",
                "--feed",
                site.url("/feed.xml")));
        args.addAll(List.of(more));
        return new CliRun(dir).at(at).against(fake).run(args.toArray(String[]::new));
    }

    private List<RecordedRequest> feedRequests() {
        return site.requests().stream()
                .filter(r -> "/feed.xml".equals(r.getPath()))
                .toList();
    }

    @Test
    void anUnchangedFeedAnswers304AndCostsNoParseAndNoRequest() {
        feedWithEtag(-1);

        CliRun.Result first = watch(CliRun.NOW);
        int asked = fake.requests().size();
        CliRun.Result second = watch(CliRun.NOW.plus(Duration.ofMinutes(15)));

        assertThat(first.err()).contains("cycle: 3 new");
        assertThat(second.exitCode()).as(second.err()).isEqualTo(ExitCodes.OK);
        assertThat(second.err())
                .contains("cycle: 0 new, 0 updated, 0 unchanged, 0 failed")
                .contains("1 source not modified");
        List<RecordedRequest> polls = feedRequests();
        assertThat(polls).hasSize(2);
        assertThat(polls.get(0).getHeader("If-None-Match")).isNull();
        assertThat(polls.get(1).getHeader("If-None-Match")).isEqualTo("\"v1\"");
        assertThat(polls.get(1).getHeader("If-Modified-Since")).isEqualTo("Sun, 29 Nov 2026 09:00:00 GMT");
        assertThat(fake.requests()).hasSize(asked);
    }

    @Test
    void aFeedWithAnItemWaitingForARetryIsReadInFullSoTheRetryHappens() {
        feedWithEtag(1); // item 1 links to a page that answers 404

        CliRun.Result first = watch(CliRun.NOW);
        site.html("/story/1", "<html><body><article><p>" + BODIES[1] + "</p></article></body></html>");
        CliRun.Result retry = watch(CliRun.NOW.plus(Duration.ofMinutes(6)));
        CliRun.Result settled = watch(CliRun.NOW.plus(Duration.ofMinutes(30)));

        assertThat(first.err()).contains("cycle: 2 new, 0 updated, 0 unchanged, 1 failed");
        assertThat(retry.err()).contains("cycle: 1 new, 0 updated, 2 unchanged, 0 failed");
        assertThat(settled.err()).contains("1 source not modified");
        List<RecordedRequest> polls = feedRequests();
        assertThat(polls).extracting(r -> r.getHeader("If-None-Match")).containsExactly(null, null, "\"v1\"");
    }

    @Test
    void aFileStillBeingWrittenWaitsForTheNextCycle() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(inbox.resolve("done.txt"), BODIES[0] + "\n");
        Files.setLastModifiedTime(
                inbox.resolve("done.txt"), FileTime.from(Instant.now().minusSeconds(60)));
        Path growing = inbox.resolve("growing.txt");
        Files.writeString(growing, BODIES[1] + "\n");
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread writer = new Thread(() -> {
            try {
                while (writing.get()) {
                    Files.writeString(growing, BODIES[2] + "\n", StandardOpenOption.APPEND);
                    Thread.sleep(100);
                }
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        CliRun.Result during;
        try {
            during = new CliRun(dir)
                    .against(fake)
                    .run("watch", "--once", "--no-glossary", "-o", "out", "--dir", "inbox");
        } finally {
            writing.set(false);
            writer.join();
        }
        boolean writtenEarly = Files.exists(dir.resolve("out/growing"));
        Files.setLastModifiedTime(growing, FileTime.from(Instant.now().minusSeconds(60)));
        CliRun.Result after =
                new CliRun(dir).against(fake).run("watch", "--once", "--no-glossary", "-o", "out", "--dir", "inbox");

        assertThat(during.exitCode()).as(during.err()).isEqualTo(ExitCodes.OK);
        assertThat(during.err()).contains("cycle: 1 new").contains("1 file still being written");
        assertThat(dir.resolve("out/done")).isDirectory();
        assertThat(writtenEarly).as("the file being written was left alone").isFalse();
        assertThat(after.err()).contains("cycle: 1 new, 0 updated, 1 unchanged, 0 failed");
        assertThat(Files.readString(dir.resolve("out/growing/article.json"))).contains(BODIES[2]);
    }

    @Test
    void anEmptyInboxIsNothingNewNotAnError() throws IOException {
        Files.createDirectories(dir.resolve("inbox"));

        CliRun.Result result = new CliRun(dir).against(fake).run("watch", "--once", "-o", "out", "--dir", "inbox");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(result.err()).contains("cycle: 0 new, 0 updated, 0 unchanged, 0 failed");
    }

    @Test
    void aSecondWatcherOnTheSameStateExitsAtOnceNamingTheFirst() throws IOException {
        site.page(
                "/feed.xml",
                "application/rss+xml",
                RssFixture.rss(site, BODIES, -1).getBytes(StandardCharsets.UTF_8));
        CliRun.Result second;
        try (WatchLock first = WatchLock.acquire(dir.resolve("out"))) {
            second = watch(CliRun.NOW);
        }
        CliRun.Result afterwards = watch(CliRun.NOW);

        assertThat(second.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(second.err().strip())
                .startsWith("tarjama: another tarjama watch (pid "
                        + ProcessHandle.current().pid() + ") is already using")
                .doesNotContain("\tat ");
        assertThat(second.err().lines().filter(l -> l.startsWith("tarjama:")).count())
                .isEqualTo(1);
        assertThat(afterwards.exitCode()).as("the lock went with its holder").isEqualTo(ExitCodes.OK);
    }

    @Test
    void theItemBudgetStopsACycleAndTheNextCycleGoesOn() {
        site.page(
                "/feed.xml",
                "application/rss+xml",
                RssFixture.rss(site, BODIES, -1).getBytes(StandardCharsets.UTF_8));

        CliRun.Result first = watch(CliRun.NOW, "--max-items-per-cycle", "2");
        CliRun.Result second = watch(CliRun.NOW.plus(Duration.ofMinutes(15)), "--max-items-per-cycle", "2");

        assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCodes.OK);
        assertThat(first.err())
                .contains(
                        "cycle: 2 new, 0 updated, 0 unchanged, 0 failed, 0 waiting to retry, 0 parked, 1 left for later")
                .contains("stopped: max_items_per_cycle (2) reached")
                .contains("budget: max_items_per_cycle (2) reached; 1 article waits for a later cycle");
        assertThat(second.err()).contains("cycle: 1 new, 0 updated, 2 unchanged, 0 failed");
        assertThat(second.err()).doesNotContain("stopped:");
    }

    @Test
    void theRequestBudgetStopsTakingItemsOnceSpent() {
        site.page(
                "/feed.xml",
                "application/rss+xml",
                RssFixture.rss(site, BODIES, -1).getBytes(StandardCharsets.UTF_8));

        // one article at a time: articles side by side would all be taken before the first request is counted
        CliRun.Result result = watch(CliRun.NOW, "--max-requests-per-cycle", "1", "-j", "1");

        assertThat(result.err())
                .contains(
                        "cycle: 1 new, 0 updated, 0 unchanged, 0 failed, 0 waiting to retry, 0 parked, 2 left for later")
                .containsPattern("; [2-9] requests, [0-9,]+ tokens")
                .contains("stopped: max_requests_per_cycle (1) reached");
    }

    @Test
    void budgetsMustBePositive() {
        CliRun.Result result = watch(CliRun.NOW, "--max-cost-per-day", "0");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--max-cost-per-day 0.0: give a number above 0");
    }

    @Test
    void aSourceTranslatesWithItsOwnTargetLanguageOutputAndLimit() throws IOException {
        site.page(
                "/feed.xml",
                "application/rss+xml",
                RssFixture.rss(site, BODIES, -1).getBytes(StandardCharsets.UTF_8));
        String other = RssFixture.rss(
                        site,
                        new String[] {
                            BODIES[2] + " وأضاف المنظمون أن الدورة المقبلة ستقام في صفاقس.",
                            BODIES[0] + " وقال المنظمون إن المعرض سيستمر أسبوعا."
                        },
                        -1)
                .replace("urn:story:", "urn:other:");
        site.page("/other.xml", "application/rss+xml", other.getBytes(StandardCharsets.UTF_8));
        Files.writeString(
                dir.resolve("watch.yaml"),
                "output: out/\nsources:\n  - feed: " + site.url("/feed.xml") + "\n  - feed: " + site.url("/other.xml")
                        + "\n    target_lang: fr\n    output: french/\n    limit: 1\n");

        CliRun.Result result = new CliRun(dir)
                .against(fake)
                .run("watch", "--config", "watch.yaml", "--once", "--no-glossary", "--allow-private-network");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(result.err()).contains("cycle: 4 new");
        assertThat(dir.resolve("out/0/article.json")).isRegularFile();
        assertThat(dir.resolve("french/1.fr/article.json")).isRegularFile();
        assertThat(dir.resolve("french/0.fr"))
                .as("limit: 1 reads the newest item of that feed only")
                .doesNotExist();
        assertThat(Files.readString(dir.resolve("french/1.fr/article.json")))
                .containsPattern("\"target_language\"\\s*:\\s*\"fr\"");
        assertThat(Files.readString(dir.resolve("out/0/article.json")))
                .containsPattern("\"target_language\"\\s*:\\s*\"en\"");
        String index = Files.readString(dir.resolve("out/index.html"));
        assertThat(index).contains("href=\"../french/1.fr/bilingual.html\"");
    }
}
