package dev.tarjama.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tarjama.testing.CliRun;
import dev.tarjama.testing.FakeSite;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import okhttp3.mockwebserver.MockResponse;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages over HTTP as {@code tarjama extract} reads them: charsets, compression, redirects, failures, limits. */
class ReadingSourcesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ARABIC_PAGES = Path.of("src/test/resources/extraction-ar/pages");
    static final String STORY = "<html lang='ar'><head><title>خبر</title></head><body><nav><a href='/'>الرئيسية</a>"
            + "<a href='/s'>رياضة</a></nav><article><h1>افتتاح معرض الكتاب</h1><p>افتتح معرض الكتاب الدولي أبوابه "
            + "اليوم بمشاركة ألف دار نشر من أربعين دولة، وسط إقبال كبير من الزوار.</p><p>وقال مدير المعرض إن "
            + "الدورة الحالية تضم برنامجاً ثقافياً واسعاً يشمل ندوات وأمسيات شعرية.</p></article>"
            + "<aside class='most-read'><h3>الأكثر قراءة</h3><ul><li><a href='/1'>ارتفاع أسعار الذهب</a></li></ul>"
            + "</aside></body></html>";

    @TempDir
    Path dir;

    FakeSite site;

    @BeforeEach
    void start() throws IOException {
        site = new FakeSite();
    }

    @AfterEach
    void stop() throws IOException {
        site.close();
    }

    private CliRun.Result extract(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "extract";
        System.arraycopy(args, 0, all, 1, args.length);
        return new CliRun(dir).run(all);
    }

    @Test
    void aPageWithChromeGivesOnlyItsArticleAndWhatThePageSaysAboutItself() throws IOException {
        site.page(
                "/news/port",
                "text/html; charset=utf-8",
                Files.readAllBytes(ARABIC_PAGES.resolve("ar-01-semantic.html")));

        CliRun.Result result = extract(site.url("/news/port"), "--json");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        JsonNode page = JSON.readTree(result.out());
        assertThat(page.get("title").asText()).isEqualTo("الحكومة تعلن خطة لتوسعة ميناء العقبة بتكلفة 400 مليون دولار");
        assertThat(page.get("byline").asText()).isEqualTo("سارة المومني");
        assertThat(page.get("published").asText()).isEqualTo("2026-03-14T09:30:00+03:00");
        assertThat(page.get("canonical_url").asText()).isEqualTo("https://news.example/port-expansion");
        assertThat(page.get("site_name").asText()).isEqualTo("أخبار العرب");
        assertThat(page.get("language").asText()).isEqualTo("ar");
        assertThat(page.get("url").asText()).isEqualTo(site.url("/news/port"));
        JsonNode paragraphs = page.get("paragraphs");
        assertThat(paragraphs).hasSize(5);
        assertThat(paragraphs.get(0).get("kind").asText()).isEqualTo("title");
        assertThat(paragraphs.get(1).get("text").asText()).startsWith("أعلنت الحكومة الأردنية");
        assertThat(result.out())
                .doesNotContain(
                        "الأكثر قراءة", "ارتفاع أسعار الذهب", "شارك عبر فيسبوك", "جميع الحقوق محفوظة", "الرئيسية");
    }

    @Test
    void theHeadlineThenTheMainTextArePrintedOneParagraphPerLine() {
        site.html("/story", STORY);

        CliRun.Result result = extract(site.url("/story"));

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(result.out().lines().toList())
                .hasSize(3)
                .startsWith("افتتاح معرض الكتاب")
                .allSatisfy(line -> assertThat(line).doesNotContain("الرئيسية", "الأكثر قراءة"));
        assertThat(result.err()).isEmpty();
    }

    @Test
    void aWindows1256PageServedWithoutACharsetIsReadByItsMetaTagOrByDetection() {
        Charset arabic = Charset.forName("windows-1256");
        String declared = STORY.replace(
                "<head>", "<head><meta http-equiv='Content-Type' content='text/html; charset=windows-1256'>");
        site.page("/declared", "text/html", declared.getBytes(arabic));
        site.page("/undeclared", "text/html", STORY.getBytes(arabic));

        CliRun.Result byMeta = extract(site.url("/declared"));
        CliRun.Result detected = extract(site.url("/undeclared"));

        assertThat(byMeta.exitCode()).as(byMeta.err()).isEqualTo(ExitCodes.OK);
        assertThat(byMeta.out()).contains("افتتح معرض الكتاب الدولي أبوابه اليوم");
        assertThat(detected.exitCode()).as(detected.err()).isEqualTo(ExitCodes.OK);
        assertThat(detected.out()).contains("افتتح معرض الكتاب الدولي أبوابه اليوم");
    }

    @Test
    void aGzippedPageIsDecompressed() throws IOException {
        byte[] gzipped = gzip(STORY.getBytes(StandardCharsets.UTF_8));
        site.serve(
                "/zipped",
                () -> new MockResponse()
                        .setHeader("Content-Type", "text/html; charset=utf-8")
                        .setHeader("Content-Encoding", "gzip")
                        .setBody(new Buffer().write(gzipped)));

        CliRun.Result result = extract(site.url("/zipped"));

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).contains("افتتح معرض الكتاب الدولي");
    }

    @Test
    void aChainOfRedirectsIsFollowedAndAnEndlessOneStopsAfterFive() {
        site.html("/final", STORY).redirect("/a", "/b").redirect("/b", "/c").redirect("/c", "/final");
        for (int i = 0; i < 7; i++) {
            site.redirect("/loop" + i, "/loop" + (i + 1));
        }

        CliRun.Result followed = extract(site.url("/a"));
        CliRun.Result endless = extract(site.url("/loop0"));

        assertThat(followed.exitCode()).as(followed.err()).isEqualTo(ExitCodes.OK);
        assertThat(followed.out()).contains("افتتح معرض الكتاب الدولي");
        assertThat(endless.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(endless.err().strip()).isEqualTo("tarjama: " + site.url("/loop0") + ": more than 5 redirects");
        assertThat(site.hits("/loop6")).isZero();
    }

    @Test
    void aRedirectToAFileOrAnotherSchemeIsRefused() {
        site.redirect("/to-file", "file:///etc/passwd").redirect("/to-ftp", "ftp://example.com/x");

        CliRun.Result file = extract(site.url("/to-file"));
        CliRun.Result ftp = extract(site.url("/to-ftp"));

        assertThat(file.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(file.err()).contains("refused a redirect to a file: address").doesNotContain("root:");
        assertThat(file.err().lines()).hasSize(1);
        assertThat(ftp.err()).contains("refused a redirect to a ftp: address");
        assertThat(file.out()).isEmpty();
    }

    @Test
    void aRedirectIntoThePrivateNetworkIsRefusedUnlessAllowed() {
        // the named address is on this machine (allowed: the user typed it); where it redirects to is not
        site.html("/inside", STORY).redirect("/out", site.url("/inside").replace("localhost", "127.0.0.1"));

        CliRun.Result refused = extract(site.url("/out").replace("127.0.0.1", "localhost"));
        CliRun.Result allowed = extract(site.url("/out"), "--allow-private-network");

        assertThat(refused.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(refused.err()).contains("refused", "--allow-private-network");
        assertThat(site.hits("/inside")).isEqualTo(1);
        assertThat(allowed.exitCode()).as(allowed.err()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void serverErrorsAreOneLineWithExitCodeFour() {
        site.serve("/broken", () -> new MockResponse().setResponseCode(500).setBody("<h1>Internal error</h1>"));

        CliRun.Result missing = extract(site.url("/nowhere"));
        CliRun.Result broken = extract(site.url("/broken"));

        assertThat(missing.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(missing.err().strip())
                .isEqualTo("tarjama: " + site.url("/nowhere") + ": the server answered HTTP 404");
        assertThat(broken.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(broken.err().strip()).endsWith(": the server answered HTTP 500");
    }

    @Test
    void aServerThatDoesNotAnswerIsGivenUpOnAtTheFetchTimeout() {
        site.serve(
                "/slow",
                () -> new MockResponse().setHeadersDelay(3, TimeUnit.SECONDS).setBody(STORY));

        long start = System.nanoTime();
        CliRun.Result result = extract(site.url("/slow"), "--fetch-timeout", "500ms");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(result.err()).contains("did not answer in time");
        assertThat(took).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aBodyOverTheCapIsRefusedAndAGzipBombStopsThere() throws IOException {
        String big = STORY.replace("</article>", "<p>" + "كلمة ".repeat(40_000) + "</p></article>");
        site.html("/big", big);
        byte[] bomb = gzip(new byte[64 * 1024 * 1024]);
        site.serve(
                "/bomb",
                () -> new MockResponse()
                        .setHeader("Content-Type", "text/html")
                        .setHeader("Content-Encoding", "gzip")
                        .setBody(new Buffer().write(bomb)));

        CliRun.Result tooBig = extract(site.url("/big"), "--max-page-size", "64k");
        CliRun.Result exploded = extract(site.url("/bomb"), "--max-page-size", "1m");

        assertThat(tooBig.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(tooBig.err()).contains("larger than 64 KiB");
        assertThat(exploded.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(exploded.err()).contains("larger than 1 MiB");
        assertThat(bomb.length).isLessThan(1024 * 1024);
    }

    @Test
    void anImageOrAPdfIsRefusedByItsType() {
        site.page("/photo", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        site.page("/report", "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));

        CliRun.Result image = extract(site.url("/photo"));
        CliRun.Result pdf = extract(site.url("/report"));

        assertThat(image.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(image.err()).contains("the server sent image/png, not a web page or a feed");
        assertThat(pdf.err()).contains("the server sent application/pdf");
    }

    @Test
    void theLanguageComesFromTheArticleNotFromItsScripts() {
        String script = "<script>" + "var tracking = { enabled: true, sample: 'the quick brown fox' };\n".repeat(300)
                + "</script>";
        site.html("/scripted", STORY.replace("</head>", script + "</head>"));

        CliRun.Result result = extract(site.url("/scripted"), "--json");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).contains("\"language\":\"ar\"");
    }

    @Test
    void aFolderIsReadFileByFileInNameOrder() throws IOException {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(inbox.resolve("b-story.html"), STORY);
        Files.writeString(inbox.resolve("a-note.txt"), "عنوان قصير\n\nهذا نص خبر قصير كتب في ملف نصي عادي.");
        Files.writeString(inbox.resolve(".hidden.txt"), "سر");
        Files.write(inbox.resolve("scan.pdf"), "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));

        CliRun.Result result = extract("inbox", "--json");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(result.out().lines().map(line -> {
                    try {
                        return JSON.readTree(line).get("input").asText();
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }))
                .containsExactly("inbox/a-note.txt", "inbox/b-story.html");
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.toByteArray();
    }
}
