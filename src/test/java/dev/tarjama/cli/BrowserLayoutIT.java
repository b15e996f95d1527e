package dev.tarjama.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tarjama.testing.CliRun;
import dev.tarjama.testing.FakeProvider;
import dev.tarjama.testing.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bilingual.html as a reader's browser lays it out: Debian's Chromium, headless, loads a copy of the page with a
 * script that measures it and writes what it found into the page, which {@code --dump-dom} returns. Screenshots stay
 * under target/formats/ for a person to look at. {@code .ci/run} installs Chromium when it is missing.
 */
class BrowserLayoutIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Measures the page: directions, row alignment, overflow, the web font, and the visual order of a mixed line. */
    private static final String PROBE = """
            <script>
            window.addEventListener('load', async () => {
              await document.fonts.ready;
              const rect = (needle) => {
                const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                  const at = node.data.indexOf(needle);
                  if (at >= 0) {
                    const range = document.createRange();
                    range.setStart(node, at); range.setEnd(node, at + needle.length);
                    const r = range.getBoundingClientRect();
                    return {left: r.left, right: r.right, top: r.top};
                  }
                }
                return null;
              };
              const rows = [...document.querySelectorAll('section.row')].map(row => {
                const source = row.querySelector('.cell.source');
                const translation = row.querySelector('.cell.translation');
                return {id: row.id, direction: getComputedStyle(source).direction,
                        sourceTop: source.getBoundingClientRect().top,
                        translationTop: translation.getBoundingClientRect().top};
              });
              const faces = [];
              document.fonts.forEach(f => faces.push({family: f.family.replaceAll('"', ''), status: f.status}));
              const needles = ['Sam', 'Altman', '157', 'ChatGPT', 'OpenAI', 'GPT', '-5'];
              const found = {};
              needles.forEach(n => found[n] = rect(n));
              const out = document.createElement('pre');
              out.id = 'probe';
              out.textContent = JSON.stringify({rows, faces, found,
                  scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth});
              document.body.appendChild(out);
            });
            </script>
            """;

    /** Measures an index or a digest: each original title's direction and the side its first letter lands on. */
    private static final String INDEX_PROBE = """
            <script>
            window.addEventListener('load', () => {
              const titles = [...document.querySelectorAll('.original')].map(p => {
                const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
                const nodes = [];
                for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
                const letter = (node, at) => {
                  const range = document.createRange();
                  range.setStart(node, at); range.setEnd(node, at + 1);
                  return range.getBoundingClientRect();
                };
                const last = nodes[nodes.length - 1];
                return {text: p.textContent, direction: getComputedStyle(p).direction,
                        first: letter(nodes[0], 0).left, last: letter(last, last.data.length - 1).left};
              });
              const links = [...document.querySelectorAll('a[href]')].map(a => a.href);
              const out = document.createElement('pre');
              out.id = 'probe';
              out.textContent = JSON.stringify({titles, links,
                  scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth});
              document.body.appendChild(out);
            });
            </script>
            """;

    @TempDir
    Path dir;

    FakeProvider fake;

    @BeforeEach
    void start() throws IOException {
        fake = new FakeProvider();
    }

    @AfterEach
    void stop() throws IOException {
        fake.close();
    }

    @Test
    void theSampleLaysOutRightToLeftWithAlignedRowsInTheRootsSharedFontAndFitsAPhone() throws Exception {
        Samples.copyCodeRed(dir, "code-red.ar.txt");
        Path page = translated("code-red.ar.txt", "code-red.ar");
        assertThat(Files.size(page)).as("the page without its font, in bytes").isLessThanOrEqualTo(60_000);
        assertThat(Files.readString(page)).contains("../assets/amiri-regular.ttf");

        JsonNode wide = measure(page, 1280, "code-red-1280.png");
        JsonNode phone = measure(page, 420, "code-red-420.png");
        assertLaidOutRightToLeftInAmiri(wide, phone);
    }

    @Test
    void aSelfContainedPageCopiedAloneToAnotherFolderStillSetsArabicInItsFont() throws Exception {
        Samples.copyCodeRed(dir, "code-red.ar.txt");
        CliRun.Result result = new CliRun(dir)
                .against(fake)
                .run("translate", "code-red.ar.txt", "-f", "html", "-o", "out", "--self-contained");
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        Path alone = Files.createDirectories(dir.resolve("mailed"));
        Path page = Files.copy(dir.resolve("out/code-red.ar/bilingual.html"), alone.resolve("bilingual.html"));
        assertThat(Files.readString(page)).doesNotContain("assets/");

        JsonNode wide = measure(page, 1280, "self-contained-1280.png");
        JsonNode phone = measure(page, 420, "self-contained-420.png");
        assertLaidOutRightToLeftInAmiri(wide, phone);
    }

    private static void assertLaidOutRightToLeftInAmiri(JsonNode wide, JsonNode phone) {
        assertThat(wide.get("rows")).hasSize(20);
        for (JsonNode row : wide.get("rows")) {
            assertThat(row.get("direction").asText()).as(row.get("id").asText()).isEqualTo("rtl");
            assertThat(row.get("sourceTop").asDouble())
                    .as(
                            "source and translation of %s start level",
                            row.get("id").asText())
                    .isEqualTo(row.get("translationTop").asDouble());
        }
        assertThat(phone.get("scrollWidth").asInt())
                .as("nothing overflows a 420 px screen")
                .isLessThanOrEqualTo(phone.get("innerWidth").asInt());
        for (JsonNode measured : List.of(wide, phone)) {
            List<String> loaded = new ArrayList<>();
            measured.get("faces").forEach(f -> {
                if (f.get("status").asText().equals("loaded")) {
                    loaded.add(f.get("family").asText());
                }
            });
            assertThat(loaded)
                    .as("the page's own Arabic face was needed and loaded")
                    .contains("Amiri");
        }
    }

    @Test
    void theOriginalHeadlineIsShownOnceInTheHeaderOnALineOfItsOwnWithItsQuotesInPlace() throws Exception {
        Samples.copyCodeRed(dir, "code-red.ar.txt");
        CliRun.Result result =
                new CliRun(dir).against(fake).run("translate", "code-red.ar.txt", "-f", "html,english", "-o", "out");
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        String headline = Jsoup.parse(
                        Files.readAllLines(dir.resolve("code-red.ar.txt")).get(0))
                .text()
                .strip(); // the sample's first line carries <b> markup, which the article's title does not
        assertThat(headline).endsWith("\""); // the sample's headline ends in a closing quote

        for (String name : List.of("bilingual.html", "english.html")) {
            Path page = dir.resolve("out/code-red.ar").resolve(name);
            String header = Jsoup.parse(page.toFile())
                    .select("header, article > h1 ~ p")
                    .text();
            assertThat(header.split(java.util.regex.Pattern.quote(headline), -1))
                    .as(name + ": the original headline once in the header")
                    .hasSize(2);
            JsonNode probe = measure(page, 1280, "headline-" + name.replace(".html", ".png"), INDEX_PROBE);
            assertThat(probe.get("titles")).as(name).hasSize(1);
            JsonNode title = probe.get("titles").get(0);
            assertThat(title.get("direction").asText()).isEqualTo("rtl");
            assertThat(title.get("first").asDouble())
                    .as(name + ": the headline's first letter is at its right, its closing quote at its left")
                    .isGreaterThan(title.get("last").asDouble());
        }
        String brief = Jsoup.parse(dir.resolve("out/code-red.ar/bilingual.html").toFile())
                .select("section.brief h3")
                .eachText()
                .toString();
        assertThat(brief).contains("Key points", "Key figures", "People and organisations");
    }

    @Test
    void aLineMixingArabicWithLatinNamesAndFiguresReadsInOrder() throws Exception {
        Files.writeString(dir.resolve("mixed.txt"), FormatsTest.MIXED + "\n\n" + FormatsTest.MIXED_TWO + "\n");
        Path page = translated("mixed.txt", "mixed");

        JsonNode found = measure(page, 1280, "mixed-1280.png").get("found");

        // read right to left: "Sam Altman", then 157, then ChatGPT, then OpenAI, each Latin run left to right
        assertThat(found.get("Sam").get("left").asDouble())
                .isLessThan(found.get("Altman").get("left").asDouble());
        assertInReadingOrder(found, "Altman", "157");
        assertInReadingOrder(found, "157", "ChatGPT");
        assertInReadingOrder(found, "ChatGPT", "OpenAI");
        assertThat(found.get("GPT").get("left").asDouble())
                .as("GPT-5 reads GPT-5, not 5-GPT")
                .isLessThan(found.get("-5").get("left").asDouble());
    }

    @Test
    void theWatchIndexAndDigestShowOriginalTitlesRightToLeftWithLinksThatResolveOnAPhone() throws Exception {
        Path out;
        try (dev.tarjama.testing.FakeSite site = new dev.tarjama.testing.FakeSite()) {
            out = WatchIndexTest.watchedUntilParked(dir, site, fake);
        }
        for (String page : List.of("index.html", "digest-2026-11-29.html")) {
            JsonNode probe = measure(out.resolve(page), 420, page.replace(".html", "-420.png"), INDEX_PROBE);

            assertThat(probe.get("titles")).as(page).isNotEmpty();
            for (JsonNode title : probe.get("titles")) {
                assertThat(title.get("direction").asText())
                        .as(title.get("text").asText())
                        .isEqualTo("rtl");
                assertThat(title.get("first").asDouble())
                        .as("the first letter of an Arabic title is at its right")
                        .isGreaterThan(title.get("last").asDouble());
            }
            int local = 0;
            for (JsonNode link : probe.get("links")) {
                java.net.URI uri = java.net.URI.create(link.asText());
                if (uri.getScheme().equals("file")) {
                    assertThat(Path.of(uri)).as(link.asText()).isRegularFile();
                    local++;
                }
            }
            assertThat(local).as(page + " links to the articles' files").isGreaterThanOrEqualTo(2);
            assertThat(probe.get("scrollWidth").asInt())
                    .as(page + " fits a 420 px screen")
                    .isLessThanOrEqualTo(probe.get("innerWidth").asInt());
        }
    }

    /** {@code first} comes before {@code second} for a reader of Arabic: to its right on a line, or on a line above. */
    private static void assertInReadingOrder(JsonNode found, String first, String second) {
        JsonNode a = found.get(first);
        JsonNode b = found.get(second);
        assertThat(a).as(first).isNotNull();
        assertThat(b).as(second).isNotNull();
        if (Math.abs(a.get("top").asDouble() - b.get("top").asDouble()) < 4) {
            assertThat(a.get("left").asDouble())
                    .as(first + " is right of " + second)
                    .isGreaterThan(b.get("right").asDouble());
        } else {
            assertThat(a.get("top").asDouble())
                    .as(first + " is above " + second)
                    .isLessThan(b.get("top").asDouble());
        }
    }

    private Path translated(String input, String folder) throws IOException {
        CliRun.Result result = new CliRun(dir).against(fake).run("translate", input, "-f", "html", "-o", "out");
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        return dir.resolve("out").resolve(folder).resolve("bilingual.html");
    }

    /** Loads a probed copy of {@code page} at {@code width} px, keeps a screenshot, and returns the probe's findings. */
    private JsonNode measure(Path page, int width, String screenshot) throws Exception {
        return measure(page, width, screenshot, PROBE);
    }

    private JsonNode measure(Path page, int width, String screenshot, String script) throws Exception {
        Path probed = page.resolveSibling("probed-" + width + "-" + page.getFileName());
        Files.writeString(probed, Files.readString(page).replace("</body>", script + "</body>"));
        String dom = chromium(probed, width, "--dump-dom");
        Path shots = Path.of("target", "formats", "browser").toAbsolutePath();
        Files.createDirectories(shots);
        chromium(page, width, "--screenshot=" + shots.resolve(screenshot));
        String probe = Jsoup.parse(dom).select("pre#probe").text();
        assertThat(probe)
                .as("the probe ran; Chromium printed:\n" + dom.substring(0, Math.min(dom.length(), 500)))
                .isNotEmpty();
        return JSON.readTree(probe);
    }

    private String chromium(Path page, int width, String action) throws Exception {
        String browser = dev.tarjama.testing.SystemPackage.executable("chromium", "chromium")
                .toString();
        Process process = new ProcessBuilder(
                        browser,
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--hide-scrollbars",
                        "--user-data-dir=" + dir.resolve("chromium-profile"),
                        "--window-size=" + width + ",2400",
                        "--virtual-time-budget=10000",
                        action,
                        page.toUri().toString())
                .redirectError(dir.resolve("chromium.log").toFile())
                .start();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS))
                .as("chromium finished")
                .isTrue();
        assertThat(process.exitValue())
                .as(Files.readString(dir.resolve("chromium.log")))
                .isZero();
        return out;
    }
}
