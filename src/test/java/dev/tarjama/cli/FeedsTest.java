package dev.tarjama.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tarjama.internal.render.SharedAssets;
import dev.tarjama.testing.CliRun;
import dev.tarjama.testing.FakeProvider;
import dev.tarjama.testing.FakeSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feeds as translate and extract read them: every item, newest first, content carried or fetched, failures named. */
class FeedsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] TITLES = {"قمة اقتصادية في الرياض", "افتتاح مترو الدوحة", "مهرجان الشعر في تونس"};
    private static final String[] BODIES = {
        "افتتحت القمة الاقتصادية في الرياض اليوم بمشاركة واسعة من رجال الأعمال والمستثمرين من أنحاء العالم.",
        "افتتح الخط الجديد من مترو الدوحة أمام الركاب صباح اليوم بعد سنوات من أعمال البناء المتواصلة.",
        "انطلقت في تونس فعاليات مهرجان الشعر العربي بمشاركة شعراء من خمس عشرة دولة عربية وأجنبية."
    };
    private static final String[] DATES = {
        "Sat, 28 Nov 2026 08:00:00 GMT", "Fri, 27 Nov 2026 08:00:00 GMT", "Sun, 29 Nov 2026 08:00:00 GMT"
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

    /** An RSS feed whose items carry their text ({@code content:encoded}) or only link to it. */
    private String rss(boolean withContent) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            items.append("<item><title>")
                    .append(TITLES[i])
                    .append("</title><link>")
                    .append(site.url("/story/" + i))
                    .append("</link><guid>urn:story:")
                    .append(i)
                    .append("</guid><pubDate>")
                    .append(DATES[i])
                    .append("</pubDate><dc:creator>مراسل ")
                    .append(i)
                    .append("</dc:creator>")
                    .append("<description>ملخص قصير</description>");
            if (withContent) {
                items.append("<content:encoded><![CDATA[<p>").append(BODIES[i]).append("</p>]]></content:encoded>");
            }
            items.append("</item>");
        }
        return "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0' xmlns:content="
                + "'http://purl.org/rss/1.0/modules/content/' xmlns:dc='http://purl.org/dc/elements/1.1/'><channel>"
                + "<title>أخبار الخليج</title><link>" + site.url("/") + "</link><description>d</description>"
                + items + "</channel></rss>";
    }

    private static String page(int i) {
        return "<html><head><meta property='og:title' content='" + TITLES[i] + "'></head><body><nav>القائمة</nav>"
                + "<article><h1>" + TITLES[i] + "</h1><p>" + BODIES[i] + "</p></article></body></html>";
    }

    private List<Path> outputs() throws IOException {
        try (Stream<Path> folders = Files.list(dir.resolve("output"))) {
            return folders.filter(f -> !f.getFileName().toString().equals(SharedAssets.DIRECTORY))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void aFeedWithThreeItemsGivesThreeArticlesEachInItsFolderWithItsSource() throws IOException {
        site.page("/feed.xml", "application/rss+xml", rss(true).getBytes(java.nio.charset.StandardCharsets.UTF_8));

        CliRun.Result result = new CliRun(dir).against(fake).run("translate", site.url("/feed.xml"), "--no-glossary");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(outputs()).extracting(p -> p.getFileName().toString()).containsExactly("0", "1", "2");
        // the items carry their text: nothing but the feed is fetched
        assertThat(site.requests()).hasSize(1);
        JsonNode story =
                JSON.readTree(dir.resolve("output/2/article.json").toFile()).get("source");
        assertThat(story.get("url").asText()).isEqualTo(site.url("/story/2"));
        assertThat(story.get("published").asText()).isEqualTo("2026-11-29T08:00:00Z");
        assertThat(story.get("byline").asText()).isEqualTo("مراسل 2");
        assertThat(story.get("site_name").asText()).isEqualTo("أخبار الخليج");
        assertThat(story.get("title").asText()).isEqualTo(TITLES[2]);
        // newest first: the folders are printed in the order the items were translated
        assertThat(result.out().lines().map(line -> Path.of(line).getFileName().toString()))
                .containsExactly("2", "0", "1");
        String brief = Files.readString(dir.resolve("output/2/brief.md"));
        assertThat(brief).contains("مراسل 2", "أخبار الخليج", site.url("/story/2"));
    }

    @Test
    void anItemWithoutItsTextIsFetchedFromItsLinkAndOneThatFailsLeavesTheOthersWithExitOne() throws IOException {
        site.page("/feed.xml", "application/rss+xml", rss(false).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        site.html("/story/0", page(0)).html("/story/2", page(2)); // story 1 answers 404

        CliRun.Result result = new CliRun(dir)
                .against(fake)
                .run("translate", site.url("/feed.xml"), "--no-glossary", "--allow-private-network");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(result.err()).contains(site.url("/story/1") + ": the server answered HTTP 404");
        assertThat(outputs()).extracting(p -> p.getFileName().toString()).containsExactly("0", "2");
        JsonNode article = JSON.readTree(dir.resolve("output/0/article.json").toFile());
        assertThat(article.get("paragraphs").get(1).get("source").asText()).isEqualTo(BODIES[0]);
        assertThat(article.toString()).doesNotContain("القائمة");
    }

    @Test
    void linksIntoThePrivateNetworkAreNotFollowedUnlessAllowed() throws IOException {
        site.page("/feed.xml", "application/rss+xml", rss(false).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        site.html("/story/0", page(0)).html("/story/1", page(1)).html("/story/2", page(2));

        CliRun.Result result = new CliRun(dir).run("extract", site.url("/feed.xml"));

        assertThat(result.exitCode()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(result.err().lines())
                .hasSize(3)
                .allSatisfy(line -> assertThat(line).contains("refused"));
        assertThat(site.requests()).hasSize(1);
    }

    @Test
    void anAtomFeedWithFullContentIsReadWithoutFetchingAnyPage() throws IOException {
        String atom =
                "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'><title>مدونة</title>"
                        + "<entry><title>" + TITLES[0] + "</title><id>urn:a</id><link href='" + site.url("/a") + "'/>"
                        + "<updated>2026-11-28T08:00:00Z</updated><author><name>كاتب</name></author>"
                        + "<content type='html'>&lt;p&gt;" + BODIES[0] + "&lt;/p&gt;</content></entry></feed>";
        site.page("/atom", "application/atom+xml", atom.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        CliRun.Result result = new CliRun(dir).run("extract", site.url("/atom"), "--json");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        JsonNode item = JSON.readTree(result.out());
        assertThat(item.get("title").asText()).isEqualTo(TITLES[0]);
        assertThat(item.get("byline").asText()).isEqualTo("كاتب");
        assertThat(item.get("paragraphs").get(1).get("text").asText()).isEqualTo(BODIES[0]);
        assertThat(site.requests()).hasSize(1);
    }

    @Test
    void theLimitKeepsTheNewestItems() throws IOException {
        site.page("/feed.xml", "application/rss+xml", rss(true).getBytes(java.nio.charset.StandardCharsets.UTF_8));

        CliRun.Result result = new CliRun(dir).run("extract", site.url("/feed.xml"), "--limit", "2", "--json");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(result.out().lines().map(line -> {
                    try {
                        return JSON.readTree(line).get("title").asText();
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }))
                .containsExactly(TITLES[2], TITLES[0]);
    }

    @Test
    void folderNamesComeFromASafeSlugWhateverTheFeedLinksTo() throws IOException {
        String hostile = rss(true)
                .replace(site.url("/story/0"), site.url("/..%2F..%2Fetc/passwd"))
                .replace(site.url("/story/1"), "javascript:alert(1)")
                .replace(site.url("/story/2"), site.url("/news/") + "%D8%AE%D8%A8%D8%B1/.");
        site.page("/feed.xml", "application/rss+xml", hostile.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        CliRun.Result result = new CliRun(dir).against(fake).run("translate", site.url("/feed.xml"), "--no-glossary");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        Path root = dir.resolve("output").toRealPath();
        assertThat(outputs()).hasSize(3).allSatisfy(folder -> {
            assertThat(folder.toRealPath().getParent()).isEqualTo(root);
            assertThat(folder.getFileName().toString()).matches("[a-z0-9][a-z0-9._-]*");
        });
        assertThat(dir.resolve("etc")).doesNotExist();
        for (Path folder : outputs()) {
            assertThat(Files.readString(folder.resolve("bilingual.html"))).doesNotContain("javascript:");
        }
    }
}
