package dev.tarjama.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tarjama.testing.FakeProvider;
import dev.tarjama.testing.FakeSite;
import dev.tarjama.testing.JarProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar's watch keeping its books over a local site: a page that answers 404 and is published later
 * behind a feed that answers 304, told where it happens and settled in one row; and one huge paragraph read, planned
 * and written within a 512 MB heap, the PDF declined rather than laid out for minutes.
 */
class WatchBooksIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] BODIES = {
        "افتتحت القمة الاقتصادية في الرياض اليوم بمشاركة واسعة من رجال الأعمال والمستثمرين.",
        "افتتح الخط الجديد من مترو الدوحة أمام الركاب صباح اليوم بعد سنوات من أعمال البناء.",
        "انطلقت في تونس فعاليات مهرجان الشعر العربي بمشاركة شعراء من خمس عشرة دولة.",
        "أعلنت الحكومة المغربية عن خطة جديدة لتطوير النقل العام في المدن الكبرى خلال العام المقبل."
    };

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

    /** Four items, newest first by date; item 2 only links to its page. The feed answers 304 to its own ETag. */
    private void feed() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < BODIES.length; i++) {
            items.append("<item><title>خبر ")
                    .append(i)
                    .append("</title><link>")
                    .append(site.url("/story/" + i))
                    .append("</link><guid>urn:story:")
                    .append(i)
                    .append("</guid><pubDate>")
                    .append(String.format(
                            "%s, 0%d Dec 2026 10:00:00 GMT", new String[] {"Fri", "Sat", "Sun", "Mon"}[i], 4 + i))
                    .append("</pubDate>");
            if (i != 2) {
                items.append("<content:encoded><![CDATA[<p>").append(BODIES[i]).append("</p>]]></content:encoded>");
            }
            items.append("</item>");
        }
        String rss = "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0' xmlns:content="
                + "'http://purl.org/rss/1.0/modules/content/'><channel><title>أخبار</title><link>" + site.url("/")
                + "</link><description>d</description>" + items + "</channel></rss>";
        site.answer(
                "/feed.xml",
                request -> "\"v1\"".equals(request.getHeader("If-None-Match"))
                        ? new MockResponse().setResponseCode(304).setHeader("ETag", "\"v1\"")
                        : new MockResponse()
                                .setHeader("Content-Type", "application/rss+xml")
                                .setHeader("ETag", "\"v1\"")
                                .setBody(rss));
    }

    private JarProcess watch() throws IOException {
        Path home = Files.createDirectories(dir.resolve("run-" + System.nanoTime()));
        Files.createSymbolicLink(home.resolve("out"), Files.createDirectories(dir.resolve("out")));
        return JarProcess.start(
                home,
                JarProcess.against(fake, dir.resolve(".cache"), Map.of()),
                List.of(),
                "watch",
                "--once",
                "--feed",
                site.url("/feed.xml"),
                "-o",
                "out",
                "--allow-private-network",
                "--item-retry",
                "1s");
    }

    @Test
    void aPageThatAnswered404AndWasPublishedBehindA304FeedEndsAsOneDoneArticle() throws Exception {
        feed();
        AtomicBoolean published = new AtomicBoolean();
        site.answer(
                "/story/2",
                request -> published.get()
                        ? new MockResponse()
                                .setHeader("Content-Type", "text/html; charset=utf-8")
                                .setBody("<html><body><article><h1>خبر 2</h1><p>" + BODIES[2]
                                        + "</p></article></body></html>")
                        : new MockResponse().setResponseCode(404).setBody("not found"));

        JarProcess first = watch();
        assertThat(first.exited(120)).isTrue();
        published.set(true);
        Thread.sleep(1_100); // the retry falls due
        JarProcess second = watch();
        assertThat(second.exited(120)).isTrue();
        JarProcess status = JarProcess.start(
                Files.createDirectories(dir.resolve("status")),
                Map.of(),
                List.of(),
                "status",
                "--json",
                "-o",
                dir.resolve("out").toString());
        assertThat(status.exited(60)).isTrue();

        assertThat(first.process().exitValue()).as(first.stderr()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(first.stderr())
                .as("the failure explained where it happens")
                .contains("/story/2: the server answered HTTP 404")
                .contains("attempt 1 of 3, tried again after")
                .contains("cycle: 3 new, 0 updated, 0 unchanged, 1 failed, 1 waiting to retry");
        assertThat(second.process().exitValue()).as(second.stderr()).isEqualTo(ExitCodes.OK);
        assertThat(second.stderr()).contains("cycle: 1 new, 0 updated, 3 unchanged, 0 failed, 0 waiting to retry");
        assertThat(site.requests().stream().filter(r -> r.getPath().equals("/feed.xml")))
                .hasSize(2);

        JsonNode ledger = JSON.readTree(status.stdout());
        assertThat(ledger.path("items")).hasSize(4);
        assertThat(ledger.path("items"))
                .allSatisfy(item -> assertThat(item.path("status").asText()).isEqualTo("done"));
        List<String> ids = new ArrayList<>();
        ledger.path("items").forEach(item -> ids.add(item.path("id").asText()));
        assertThat(ids)
                .as("newest published first")
                .containsExactly("urn:story:3", "urn:story:2", "urn:story:1", "urn:story:0");
        String index = Files.readString(dir.resolve("out/index.html"), StandardCharsets.UTF_8);
        assertThat(index)
                .doesNotContain("<article class=\"retry\">")
                .doesNotContain("<article class=\"parked\">")
                .contains("cycle: 1 new, 0 updated, 3 unchanged, 0 failed, 0 waiting to retry, 0 parked");
        assertThat(index.indexOf("published 7 December 2026"))
                .as("newest published first, the date in words")
                .isPositive()
                .isLessThan(index.indexOf("published 4 December 2026"));
    }

    /** A title, then one paragraph of about a megabyte. */
    private Path hugeArticle() throws IOException {
        String[] words = {"افتتحت", "القمة", "الاقتصادية", "في", "الرياض", "اليوم", "بمشاركة", "واسعة", "من", "رجال"};
        Random random = new Random(5);
        StringBuilder text = new StringBuilder("عنوان المقال\n\n");
        while (text.length() < 520_000) {
            for (int i = 0, n = 8 + random.nextInt(12); i < n; i++) {
                text.append(words[random.nextInt(words.length)]).append(' ');
            }
            text.setLength(text.length() - 1);
            text.append(". ");
        }
        Path file = dir.resolve("huge.txt");
        Files.writeString(file, text.append('\n'));
        return file;
    }

    @Test
    void aMegabyteParagraphIsPlannedAndWrittenWithinA512MegabyteHeapAndThePdfDeclinedInSeconds() throws Exception {
        Path huge = hugeArticle();
        JarProcess plan = JarProcess.start(
                Files.createDirectories(dir.resolve("plan")),
                JarProcess.against(fake, dir.resolve(".cache"), Map.of()),
                List.of("-Xmx512m"),
                "translate",
                "--dry-run",
                huge.toString());
        assertThat(plan.exited(60)).isTrue();
        assertThat(plan.process().exitValue()).as(plan.stderr()).isZero();
        assertThat(plan.stdout()).contains("segments").contains("dry run: nothing was sent");

        long started = System.nanoTime();
        JarProcess run = JarProcess.start(
                Files.createDirectories(dir.resolve("run")),
                JarProcess.against(fake, dir.resolve(".cache"), Map.of()),
                List.of("-Xmx512m"),
                "translate",
                "-j",
                "8",
                "-f",
                "json,pdf,html",
                "-o",
                dir.resolve("out").toString(),
                huge.toString());
        assertThat(run.exited(120)).isTrue();
        double seconds = (System.nanoTime() - started) / 1e9;

        assertThat(run.process().exitValue()).as(run.stderr()).isIn(ExitCodes.OK, ExitCodes.PARTIAL);
        assertThat(run.stderr())
                .contains("bilingual.pdf is not written: paragraph 1 has")
                .doesNotContain("\tat ");
        assertThat(dir.resolve("out/huge/article.json")).exists();
        assertThat(dir.resolve("out/huge/bilingual.html")).exists();
        assertThat(dir.resolve("out/huge/bilingual.pdf")).doesNotExist();
        assertThat(seconds).as("seconds for the whole run, the PDF declined").isLessThan(30.0);
        int context = 32_000;
        assertThat(fake.requests())
                .allSatisfy(r -> assertThat(r.body().toString().length() / 2.2)
                        .as("request %d of %s, in tokens at most", r.number(), r.kind())
                        .isLessThan(context));
    }
}
