package dev.tarjama.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dev.tarjama.testing.CliRun;
import dev.tarjama.testing.FakeProvider;
import dev.tarjama.testing.FakeSite;
import dev.tarjama.testing.RssFixture;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a watch publishes at its output root: the index, the day's digest and the feed of briefs. */
class WatchIndexTest {
    static final String[] BODIES = RssFixture.bodies();

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

    /**
     * Three items, the second only a link to a page that answers 404, the third with a title that is markup; watched
     * until the second is parked. Returns the output root.
     */
    static Path watchedUntilParked(Path dir, FakeSite site, FakeProvider fake) {
        String rss = RssFixture.rss(site, BODIES, 1)
                .replace("<title>خبر 2</title>", "<title>&lt;img src=x onerror=alert(1)&gt; خبر</title>");
        site.page("/feed.xml", "application/rss+xml", rss.getBytes(StandardCharsets.UTF_8));
        Instant at = CliRun.NOW;
        for (int cycle = 1; cycle <= 6; cycle++) {
            CliRun.Result result = new CliRun(dir)
                    .at(at)
                    .against(fake)
                    .run(
                            "watch",
                            "--once",
                            "--no-glossary",
                            "-o",
                            "out",
                            "--allow-private-network",
                            "--feed",
                            site.url("/feed.xml"));
            assertThat(result.exitCode()).as(result.err()).isIn(ExitCodes.OK, ExitCodes.PARTIAL);
            at = at.plus(Duration.ofHours(2));
        }
        return dir.resolve("out");
    }

    @Test
    void theIndexListsEveryItemWithItsStateAndLinksThatResolve() throws IOException {
        Path out = watchedUntilParked(dir, site, fake);

        Document index = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        assertThat(index.select("meta[name=viewport]"))
                .as("readable on a phone")
                .hasSize(1);
        assertThat(index.select("article")).hasSize(3);
        Element parked = index.selectFirst("article.parked");
        assertThat(parked).isNotNull();
        assertThat(parked.text())
                .contains("failed, parked")
                .contains("HTTP 404")
                .contains("attempt 3 of 3");
        assertThat(index.select("article.done")).hasSize(2);
        assertThat(index.select("p.original[dir=rtl][lang=ar]")).hasSizeGreaterThanOrEqualTo(1);
        assertThat(index.select("img, script")).as("article text stays text").isEmpty();
        assertThat(index.text()).contains("<img src=x onerror=alert(1)> خبر");
        assertThat(index.selectFirst("p.cycle").text()).contains("cycle: 0 new").contains("1 parked");
        for (Element link : index.select("a[href]")) {
            String href = link.attr("href");
            if (!href.startsWith("http")) {
                assertThat(out.resolve(URLDecoder.decode(href, StandardCharsets.UTF_8)))
                        .as(href)
                        .isRegularFile();
            }
        }
        assertThat(index.select("article.translated h2 a").eachAttr("href"))
                .allSatisfy(href -> assertThat(href).endsWith("/bilingual.html"));
        assertThat(index.select("a:contains(original)").eachAttr("href"))
                .allSatisfy(href -> assertThat(href).startsWith(site.url("/story/")));

        String markdown = Files.readString(out.resolve("index.md"));
        assertThat(markdown)
                .startsWith("# Translated articles")
                .contains("failed, parked")
                .contains("(0/bilingual.html)");
        assertThat(markdown).contains("\\<img src=x onerror=alert(1)\\>");
    }

    @Test
    void theDigestGathersTheDaysBriefsAndTheAtomFeedCarriesThem() throws Exception {
        Path out = watchedUntilParked(dir, site, fake);

        Path digest = out.resolve("digest-2026-11-29.md");
        assertThat(digest).isRegularFile();
        assertThat(Files.readString(digest))
                .startsWith("# Digest of 2026-11-29")
                .contains("2 articles translated that day")
                .contains("Sam Altman warned staff.");
        Document html = Jsoup.parse(out.resolve("digest-2026-11-29.html").toFile(), "UTF-8");
        assertThat(html.select("article")).hasSize(2);
        assertThat(html.select("p.summary")).hasSize(2);
        assertThat(html.select("a[href=index.html]")).hasSize(1);

        SyndFeed feed = new SyndFeedInput().build(new StringReader(Files.readString(out.resolve("briefs.atom"))));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getEntries()).hasSize(2);
        for (SyndEntry entry : feed.getEntries()) {
            assertThat(entry.getUri()).startsWith("urn:uuid:");
            assertThat(entry.getContents().get(0).getValue()).contains("Sam Altman warned staff.");
            assertThat(out.resolve(entry.getLink())).isRegularFile();
        }
    }
}
