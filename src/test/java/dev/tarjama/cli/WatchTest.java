package dev.tarjama.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tarjama.internal.render.SharedAssets;
import dev.tarjama.testing.CliRun;
import dev.tarjama.testing.FakeProvider;
import dev.tarjama.testing.FakeSite;
import dev.tarjama.testing.RssFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tarjama watch over a feed: each item once, a changed one again, a failing one retried later and then parked. */
class WatchTest {
    private static final String[] BODIES = RssFixture.bodies();

    /** A provider's answer to a key it does not know. */
    private static final java.util.function.Supplier<okhttp3.mockwebserver.MockResponse> REFUSED_KEY =
            () -> new okhttp3.mockwebserver.MockResponse()
                    .setResponseCode(401)
                    .setBody("{\"error\":{\"message\":\"invalid api key\"}}");

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

    /** A feed whose items carry their text, but item {@code linkOnly} (if any) only its link. */
    private void feed(String path, String[] bodies, int linkOnly) {
        site.page(
                path,
                "application/rss+xml",
                RssFixture.rss(site, bodies, linkOnly).getBytes(StandardCharsets.UTF_8));
    }

    private CliRun.Result watch(Instant at, String... feeds) {
        List<String> args = new java.util.ArrayList<>(List.of("watch", "--once", "--no-glossary", "-o", "out"));
        for (String feed : feeds) {
            args.addAll(List.of("--feed", site.url(feed)));
        }
        args.add("--allow-private-network");
        return new CliRun(dir).at(at).against(fake).run(args.toArray(String[]::new));
    }

    private List<String> folders() throws IOException {
        try (Stream<Path> list = Files.list(dir.resolve("out"))) {
            return list.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith(".") && !n.equals(SharedAssets.DIRECTORY)) // not an article's
                    .sorted()
                    .toList();
        }
    }

    @Test
    void anIndexThatCannotBeWrittenIsReportedAndTheWatchGoesOn() throws Exception {
        feed("/feed.xml", BODIES, -1);
        Files.createDirectories(dir.resolve("out/index.html/in-the-way")); // a directory where the page goes
        CliRun run = new CliRun(dir).ticking().against(fake);
        java.util.concurrent.CompletableFuture<CliRun.Result> watching =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> watchEverySecond(run));
        // the first cycle translates the feed's items; the next ones find nothing new
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (site.hits("/feed.xml") < 3 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        run.cancellation().cancel();
        CliRun.Result result = watching.get();

        assertThat(site.hits("/feed.xml")).as("cycles went on").isGreaterThanOrEqualTo(3);
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(result.err())
                .contains("cannot write")
                .contains("the index is written again after the next cycle")
                .doesNotContain("\tat ");
        assertThat(folders()).hasSize(BODIES.length + 1); // the articles, and the directory in the index's way

        CliRun.Result once = watch(Instant.now(), "/feed.xml");
        assertThat(once.exitCode()).as("a single cycle fails with the error").isNotEqualTo(ExitCodes.OK);
        assertThat(once.err()).contains("cannot write");
    }

    /** A watch of /feed.xml every second, run until cancelled (or until it ends itself). */
    private CliRun.Result watchEverySecond(CliRun run) {
        return run.run(
                "watch",
                "--feed",
                site.url("/feed.xml"),
                "--every",
                "1s",
                "--no-glossary",
                "-o",
                "out",
                "--allow-private-network");
    }

    /** Polls until {@code done} holds, for at most 30 seconds. */
    private static void await(java.util.concurrent.Callable<Boolean> done) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!done.call() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    @Test
    void aBackendThatFailsAfterAnsweringIsReportedAndAskedAgainAtTheNextCycle() throws Exception {
        feed("/feed.xml", java.util.Arrays.copyOf(BODIES, 2), -1);
        CliRun run = new CliRun(dir).ticking().against(fake);
        java.util.concurrent.CompletableFuture<CliRun.Result> watching =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> watchEverySecond(run));
        await(() -> Files.isDirectory(dir.resolve("out")) && folders().size() == 2);
        // the key is refused for a while (rotated, say), and meanwhile a third item appears
        fake.withOverride(r -> REFUSED_KEY.get());
        int before = fake.requests().size();
        feed("/feed.xml", BODIES, -1);
        await(() -> fake.requests().size() > before);
        Thread.sleep(1500); // a cycle or two meet the refusal
        fake.withOverride(r -> null);
        await(() -> folders().size() == 3);
        run.cancellation().cancel();
        CliRun.Result result = watching.get();

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(result.err())
                .contains("refused the credentials")
                .contains("the watch asks again at the next cycle")
                .doesNotContain("\tat ");
        assertThat(folders()).containsExactly("0", "1", "2");
    }

    @Test
    void aBackendThatNeverAnsweredEndsTheWatch() throws Exception {
        feed("/feed.xml", BODIES, -1);
        fake.withOverride(r -> REFUSED_KEY.get());
        CliRun.Result result = watchEverySecond(new CliRun(dir).ticking().against(fake));

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.BACKEND);
        assertThat(result.err()).contains("refused the credentials").doesNotContain("\tat ");
    }

    @Test
    void eachItemIsTranslatedOnceAndAnUnchangedFeedCostsNothing() throws IOException {
        feed("/feed.xml", BODIES, -1);

        CliRun.Result first = watch(CliRun.NOW, "/feed.xml");
        int asked = fake.requests().size();
        CliRun.Result second = watch(CliRun.NOW.plus(Duration.ofMinutes(15)), "/feed.xml");

        assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCodes.OK);
        assertThat(first.err()).contains("cycle: 3 new, 0 updated, 0 unchanged, 0 failed");
        assertThat(folders()).containsExactly("0", "1", "2");
        assertThat(first.out().lines()).hasSize(3);
        assertThat(second.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(second.err()).contains("cycle: 0 new, 0 updated, 3 unchanged, 0 failed");
        assertThat(fake.requests()).as("nothing asked for unchanged items").hasSize(asked);
    }

    @Test
    void aChangedItemIsTranslatedAgainAndItsPreviousRecordKept() throws IOException {
        feed("/feed.xml", BODIES, -1);
        watch(CliRun.NOW, "/feed.xml");
        int asked = fake.requests().size();
        String[] edited = BODIES.clone();
        edited[1] = BODIES[1] + " وقال المسؤولون إن الخط سيخدم سكان المدينة كلها.";
        feed("/feed.xml", edited, -1);

        CliRun.Result again = watch(CliRun.NOW.plus(Duration.ofHours(1)), "/feed.xml");

        assertThat(again.exitCode()).as(again.err()).isEqualTo(ExitCodes.OK);
        assertThat(again.err()).contains("cycle: 0 new, 1 updated, 2 unchanged, 0 failed");
        assertThat(fake.requests().subList(asked, fake.requests().size()))
                .extracting(FakeProvider.Recorded::kind)
                .as("the changed paragraph and the brief")
                .containsExactlyInAnyOrder("paragraph_translation", "article_brief");
        assertThat(Files.readString(dir.resolve("out/1/article.json"))).contains("سكان المدينة كلها");
        try (Stream<Path> versions = Files.list(dir.resolve("out/1/versions"))) {
            assertThat(versions.toList())
                    .singleElement()
                    .satisfies(v -> assertThat(Files.readString(v)).doesNotContain("سكان المدينة كلها"));
        }
    }

    @Test
    void aFailingItemIsRetriedAfterGrowingDelaysThenParkedWhileTheOthersAreDone() throws IOException {
        feed("/feed.xml", BODIES, 1); // item 1 only links to its page, which answers 404

        CliRun.Result first = watch(CliRun.NOW, "/feed.xml");
        CliRun.Result tooSoon = watch(CliRun.NOW.plus(Duration.ofMinutes(2)), "/feed.xml");

        assertThat(first.exitCode()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(first.err()).contains("cycle: 2 new, 0 updated, 0 unchanged, 1 failed");
        assertThat(tooSoon.err()).contains("2 unchanged, 0 failed, 1 waiting to retry");
        Instant at = CliRun.NOW;
        for (int attempt = 2; attempt <= 3; attempt++) {
            at = at.plus(Duration.ofHours(2));
            assertThat(watch(at, "/feed.xml").err()).contains("1 failed");
        }
        CliRun.Result parked = watch(at.plus(Duration.ofDays(1)), "/feed.xml");
        assertThat(parked.exitCode())
                .as("a parked item is no failure of this cycle")
                .isEqualTo(ExitCodes.OK);
        assertThat(parked.err()).contains("0 failed, 0 waiting to retry, 1 parked");

        CliRun.Result status = new CliRun(dir).run("status", "-o", "out");
        assertThat(status.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(status.out())
                .contains("2 done, 1 parked")
                .contains("parked ")
                .contains("attempt 3 of 3");
        assertThat(status.out()).contains("urn:story:0 → out/0");
    }

    @Test
    void anArticleWithAParagraphTheModelRefusedIsWrittenAndRetriedUntilComplete() throws IOException {
        feed("/feed.xml", BODIES, -1);
        fake.withOverride(r ->
                r.paragraph() != null && r.paragraph().equals(BODIES[2]) ? FakeProvider.error(400, "refused") : null);

        CliRun.Result first = watch(CliRun.NOW, "/feed.xml");
        fake.withOverride(r -> null);
        CliRun.Result later = watch(CliRun.NOW.plus(Duration.ofMinutes(6)), "/feed.xml");

        assertThat(first.exitCode()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(first.err()).contains("cycle: 2 new, 0 updated, 0 unchanged, 1 failed");
        assertThat(later.exitCode()).as(later.err()).isEqualTo(ExitCodes.OK);
        assertThat(later.err()).contains("cycle: 1 new, 0 updated, 2 unchanged, 0 failed");
        assertThat(Files.readString(dir.resolve("out/2/article.json"))).doesNotContain("\"failed\"");
    }

    @Test
    void theSameItemInTwoFeedsIsTranslatedOnce() throws IOException {
        feed("/a.xml", BODIES, -1);
        feed("/b.xml", BODIES, -1);

        CliRun.Result result = watch(CliRun.NOW, "/a.xml", "/b.xml");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(result.err()).contains("cycle: 3 new, 0 updated, 0 unchanged, 0 failed");
        assertThat(fake.requestsOfKind("article_brief"))
                .as("one brief per article")
                .hasSize(3);
        assertThat(folders()).containsExactly("0", "1", "2");
    }

    @Test
    void aConfigFileNamesTheSourcesAndTheOutputAndRefusesWhatItCannotDo() throws IOException {
        feed("/feed.xml", BODIES, -1);
        Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(dir.resolve("inbox/local.txt"), BODIES[0] + "\n\n" + BODIES[1] + "\n");
        Files.writeString(
                dir.resolve("watch.yaml"),
                "every: 30m\noutput: briefs/\nsources:\n  - feed: " + site.url("/feed.xml") + "\n  - dir: inbox/\n");
        Files.writeString(
                dir.resolve("model.yaml"),
                "sources:\n  - feed: " + site.url("/feed.xml") + "\n    cron: \"0 * * * *\"\n    schedule: hourly\n");
        Files.writeString(
                dir.resolve("badcron.yaml"), "cron: \"every hour\"\nsources:\n  - feed: " + site.url("/f") + "\n");

        CliRun.Result result = new CliRun(dir)
                .against(fake)
                .run("watch", "--config", "watch.yaml", "--once", "--no-glossary", "--allow-private-network");
        CliRun.Result refused = new CliRun(dir).against(fake).run("watch", "--config", "model.yaml", "--once");
        CliRun.Result badCron = new CliRun(dir).against(fake).run("watch", "--config", "badcron.yaml", "--once");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(result.err()).contains("cycle: 4 new, 0 updated, 0 unchanged, 0 failed");
        assertThat(dir.resolve("briefs/.tarjama/state.db")).exists();
        assertThat(dir.resolve("briefs/local")).isDirectory();
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err())
                .contains("unknown key 'schedule' in a source (this version does not support it); known: backend, "
                        + "cron, dir, every, feed, glossary, limit, model, output, page, profile, target_lang");
        assertThat(badCron.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badCron.err()).contains("cron \"every hour\": not a crontab schedule");
    }

    @Test
    void nothingToWatchABadIntervalAndNoLedgerAreUsageErrors() {
        assertThat(new CliRun(dir).against(fake).run("watch", "--once").exitCode())
                .isEqualTo(ExitCodes.USAGE);
        CliRun.Result interval =
                new CliRun(dir).against(fake).run("watch", "--feed", site.url("/f.xml"), "--every", "soon");
        assertThat(interval.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(interval.err()).contains("give a duration such as 90s, 15m, 2h or 1d");
        CliRun.Result status = new CliRun(dir).run("status", "-o", "out");
        assertThat(status.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(status.err()).contains("no watch ledger under");
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void threeItemsThenFiveWithOneEditedCostOnlyTheNewTheEditedAndTheirBriefs() throws IOException {
        feed("/feed.xml", BODIES, -1);
        CliRun.Result first = watch(CliRun.NOW, "/feed.xml");
        int asked = fake.requests().size();
        String[] five = {
            BODIES[0],
            BODIES[1] + " وأكد المسؤولون أن الخط سيعمل على مدار الساعة.",
            BODIES[2],
            "أعلنت وزارة الصحة عن افتتاح مستشفى جديد في المدينة يضم مئتي سرير.",
            "وقعت الحكومة اتفاقية لبناء محطة جديدة للطاقة الشمسية في الجنوب."
        };
        feed("/feed.xml", five, -1);

        CliRun.Result second = watch(CliRun.NOW.plus(Duration.ofMinutes(15)), "/feed.xml");

        assertThat(first.err()).contains("cycle: 3 new, 0 updated, 0 unchanged, 0 failed");
        assertThat(second.exitCode()).as(second.err()).isEqualTo(ExitCodes.OK);
        assertThat(second.err()).contains("cycle: 2 new, 1 updated, 2 unchanged, 0 failed");
        List<FakeProvider.Recorded> later =
                fake.requests().subList(asked, fake.requests().size());
        assertThat(later)
                .extracting(FakeProvider.Recorded::kind)
                .filteredOn("article_brief"::equals)
                .hasSize(3);
        assertThat(later)
                .as("nothing of the unchanged items is asked again")
                .allSatisfy(r ->
                        assertThat(r.userMessage()).doesNotContain(BODIES[0]).doesNotContain(BODIES[2]));
        List<FakeProvider.Recorded> paragraphs =
                later.stream().filter(r -> !r.kind().equals("article_brief")).toList();
        for (String changed : List.of(five[1], five[3], five[4])) {
            assertThat(paragraphs).anySatisfy(r -> assertThat(r.userMessage()).contains(changed));
        }
    }

    @Test
    void theSameArticleUnderAnotherIdInAnotherFeedIsTranslatedOnceEvenInOneCycle() throws IOException {
        feed("/a.xml", BODIES, -1);
        String mirror = RssFixture.rss(site, BODIES, -1).replace("urn:story:", "urn:mirror:");
        site.page("/b.xml", "application/rss+xml", mirror.getBytes(StandardCharsets.UTF_8));

        CliRun.Result first = watch(CliRun.NOW, "/a.xml", "/b.xml");
        int asked = fake.requests().size();
        CliRun.Result second = watch(CliRun.NOW.plus(Duration.ofMinutes(15)), "/a.xml", "/b.xml");

        assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCodes.OK);
        assertThat(first.err()).contains("cycle: 3 new, 0 updated, 0 unchanged, 0 failed");
        assertThat(fake.requestsOfKind("article_brief")).hasSize(3);
        assertThat(folders()).containsExactly("0", "1", "2");
        assertThat(second.err())
                .as("the mirror's items are recorded as twins of the first feed's")
                .contains("cycle: 0 new, 0 updated, 3 unchanged, 0 failed, 0 waiting to retry, 0 parked, 3 twins");
        assertThat(fake.requests()).hasSize(asked);
    }
}
