package dev.tarjama.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tarjama.internal.render.SharedAssets;
import dev.tarjama.testing.CliRun;
import dev.tarjama.testing.FakeProvider;
import dev.tarjama.testing.FakeSite;
import dev.tarjama.testing.Samples;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an unattended watch and a run must not get wrong on hostile feeds and files. */
class WatchBooksTest {
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

    /** An RSS feed at {@code path} whose items have these GUIDs, links and texts. */
    private void feed(String path, List<String[]> items) {
        StringBuilder xml = new StringBuilder();
        for (String[] item : items) {
            xml.append("<item><title>خبر</title><link>")
                    .append(item[1])
                    .append("</link><guid>")
                    .append(item[0])
                    .append("</guid><content:encoded><![CDATA[<p>")
                    .append(item[2])
                    .append("</p>]]></content:encoded></item>");
        }
        site.page(
                path,
                "application/rss+xml",
                ("<?xml version='1.0' encoding='UTF-8'?><rss version='2.0' xmlns:content="
                                + "'http://purl.org/rss/1.0/modules/content/'><channel><title>أخبار</title><link>"
                                + site.url("/") + "</link><description>d</description>" + xml + "</channel></rss>")
                        .getBytes(StandardCharsets.UTF_8));
    }

    private CliRun.Result watch(java.time.Instant at, String... feeds) {
        List<String> args = new java.util.ArrayList<>(
                List.of("watch", "--once", "--no-glossary", "-o", "out", "--allow-private-network"));
        for (String feed : feeds) {
            args.addAll(List.of("--feed", site.url(feed)));
        }
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
    void aFeedLinkNamedLikeTheWatchsOwnPagesNeverTakesTheirPlace() throws IOException {
        feed(
                "/feed.xml",
                List.of(
                        new String[] {
                            "urn:1", site.url("/x/index.html.html"), "افتتحت القمة الاقتصادية في الرياض اليوم."
                        },
                        new String[] {"urn:2", site.url("/x/briefs.atom"), "افتتح الخط الجديد من مترو الدوحة اليوم."},
                        new String[] {"urn:3", site.url("/x/digest-2026-11-29.html.html"), "انطلق مهرجان الشعر في تونس."
                        },
                        new String[] {"urn:4", site.url("/x/Versions"), "أعلنت الحكومة عن خطة جديدة للنقل العام."}));

        CliRun.Result run = watch(CliRun.NOW, "/feed.xml");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        List<String> folders = folders();
        assertThat(folders).hasSize(4).doesNotContain("index.html", "briefs.atom", "versions");
        assertThat(folders).noneMatch(f -> f.startsWith("digest-") || f.startsWith("index."));
        assertThat(dir.resolve("out/index.html")).isRegularFile();
        assertThat(dir.resolve("out/briefs.atom")).isRegularFile();
    }

    @Test
    void twoFeedsWhoseItemsShareAGuidKeepTwoArticlesInTwoFoldersNeverRewritten() throws IOException {
        feed("/a.xml", List.<String[]>of(new String[] {
            "urn:shared", site.url("/a/story"), "افتتحت القمة الاقتصادية في الرياض اليوم."
        }));
        feed("/b.xml", List.<String[]>of(new String[] {
            "urn:shared", site.url("/b/story-b"), "انطلق مهرجان الشعر العربي في تونس اليوم."
        }));

        CliRun.Result first = watch(CliRun.NOW, "/a.xml", "/b.xml");
        int asked = fake.requests().size();
        CliRun.Result again = watch(CliRun.NOW.plus(Duration.ofHours(1)), "/a.xml", "/b.xml");
        CliRun.Result status = new CliRun(dir).run("status", "--json", "-o", "out");

        assertThat(first.err()).contains("cycle: 2 new, 0 updated, 0 unchanged");
        assertThat(folders()).containsExactly("story", "story-b");
        assertThat(again.err()).contains("cycle: 0 new, 0 updated, 2 unchanged");
        assertThat(fake.requests()).hasSize(asked);
        assertThat(dir.resolve("out/story/versions")).doesNotExist();
        assertThat(dir.resolve("out/story-b/versions")).doesNotExist();
        assertThat(status.out()).contains("\"id\" : \"urn:shared\"");
        assertThat(status.out().split("\"urn:shared\"")).hasSize(3);
    }

    @Test
    void aUtf8ArticleWithOneStrayByteIsReadAsArabicAndSaysSo() throws IOException {
        byte[] utf8 = Samples.codeRedText().getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[utf8.length + 1];
        int middle = utf8.length / 2;
        while ((utf8[middle] & 0xC0) == 0x80) {
            middle++;
        }
        System.arraycopy(utf8, 0, broken, 0, middle);
        broken[middle] = (byte) 0xFF;
        System.arraycopy(utf8, middle, broken, middle + 1, utf8.length - middle);
        Files.write(dir.resolve("stray.txt"), broken);

        CliRun.Result plan = new CliRun(dir).against(fake).run("translate", "--dry-run", "stray.txt");

        assertThat(plan.exitCode()).as(plan.err()).isZero();
        assertThat(plan.out()).contains("language ar, charset UTF-8");
        assertThat(plan.err()).contains("stray.txt: 1 byte is not UTF-8 and was replaced");
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void aWindows1256PageServedAsUtf8IsReadRight() {
        String html = "<html><head><title>x</title></head><body><article><h1>عنوان</h1><p>" + Samples.codeRedText()
                + "</p></article></body></html>";
        site.page("/page.html", "text/html; charset=utf-8", html.getBytes(Charset.forName("windows-1256")));

        CliRun.Result extract = new CliRun(dir).run("extract", site.url("/page.html"), "--json");

        assertThat(extract.exitCode()).as(extract.err()).isZero();
        assertThat(extract.out()).contains("\"language\":\"ar\"").contains("\"charset\":\"windows-1256\"");
        assertThat(extract.out()).contains("بينما كان العالم يحتفل بابتكارات الذكاء الاصطناعي");
        assertThat(extract.err()).contains("the server says utf-8, but the bytes are not UTF-8");
    }

    @Test
    void itemRetryInWatchYamlSetsTheFirstWaitBeforeAFailedArticleIsTriedAgain() throws IOException {
        site.page(
                "/feed.xml",
                "application/rss+xml",
                ("<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>t</title><link>"
                                + site.url("/") + "</link><description>d</description><item><title>خبر</title><link>"
                                + site.url("/gone") + "</link><guid>urn:gone</guid></item></channel></rss>")
                        .getBytes(StandardCharsets.UTF_8));
        Files.writeString(
                dir.resolve("watch.yaml"),
                "output: out/\nitem_retry: 2h\nsources:\n  - feed: " + site.url("/feed.xml") + "\n");

        CliRun.Result run = new CliRun(dir)
                .at(CliRun.NOW)
                .against(fake)
                .run("watch", "--config", "watch.yaml", "--once", "--no-glossary", "--allow-private-network");
        CliRun.Result status = new CliRun(dir).run("status", "--json", "-o", "out");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(run.err()).contains("404").contains("attempt 1 of 3");
        assertThat(status.out()).contains("\"next_attempt\" : \"" + CliRun.NOW.plus(Duration.ofHours(2)) + "\"");
    }
}
