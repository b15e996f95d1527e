package dev.tarjama.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tarjama.testing.CliRun;
import dev.tarjama.testing.FakeProvider;
import dev.tarjama.testing.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranslateCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    FakeProvider fake;

    @BeforeEach
    void startFake() throws IOException {
        fake = new FakeProvider();
    }

    @AfterEach
    void stopFake() throws IOException {
        fake.close();
    }

    @Test
    void translatesTheSampleIntoFourAlignedOutputsEvenWhenAnswersArriveOutOfOrder() throws IOException {
        fake.withRandomDelay(60);
        Samples.copyCodeRed(dir, "code-red.ar.txt");

        CliRun.Result result =
                new CliRun(dir).perParagraph().against(fake).run("translate", "code-red.ar.txt", "-j", "6");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(fake.requestsOfKind("paragraph_translation")).hasSize(20);
        assertThat(fake.requestsOfKind("article_brief")).hasSize(1);
        assertThat(fake.requests())
                .as("no glossary request: the terms come with the translations")
                .hasSize(21);

        Path out = dir.resolve("output/code-red.ar");
        assertThat(Stream.of("brief.md", "bilingual.html", "bilingual.md", "article.json")
                        .map(out::resolve))
                .allSatisfy(file -> assertThat(file).isRegularFile().isNotEmptyFile());

        JsonNode article = JSON.readTree(out.resolve("article.json").toFile());
        JsonNode paragraphs = article.get("paragraphs");
        assertThat(paragraphs).hasSize(20);
        assertThat(paragraphs.get(0).get("kind").asText()).isEqualTo("title");
        assertThat(paragraphs.get(0).get("source").asText())
                .startsWith("بـ \"كود ريد\"")
                .doesNotContain("<b>");
        List<Integer> headings = new ArrayList<>();
        for (JsonNode p : paragraphs) {
            if (p.get("kind").asText().equals("heading")) {
                headings.add(p.get("index").asInt());
            }
            assertThat(p.get("status").asText()).isEqualTo("ok");
            assertThat(p.get("checks"))
                    .as("checks of paragraph %s", p.get("index"))
                    .isEmpty();
            assertThat(p.get("translation").asText())
                    .contains(FakeProvider.fingerprint(p.get("source").asText()));
            assertThat(p.get("summary").asText())
                    .contains(FakeProvider.fingerprint(p.get("source").asText()));
        }
        assertThat(headings).containsExactly(8);
        assertThat(paragraphs.get(8).get("source").asText()).isEqualTo("عقدة \"السكيلينج\":");

        Document html = Jsoup.parse(out.resolve("bilingual.html").toFile(), "UTF-8");
        List<Element> rows = html.select("section.row");
        assertThat(rows).hasSize(20);
        for (int i = 0; i < rows.size(); i++) {
            Element row = rows.get(i);
            assertThat(row.id()).isEqualTo("p" + i);
            Element source = row.selectFirst(".cell.source");
            assertThat(source.attr("dir")).isEqualTo("rtl");
            assertThat(source.attr("lang")).isEqualTo("ar");
            Element translation = row.selectFirst(".cell.translation");
            assertThat(translation.attr("lang")).isEqualTo("en");
            assertThat(translation.text()).contains(FakeProvider.fingerprint(source.text()));
        }
        assertThat(rows.get(0).hasClass("title")).isTrue();
        assertThat(rows.get(8).hasClass("heading")).isTrue();

        String markdown = Files.readString(out.resolve("bilingual.md"));
        String[] blocks = markdown.split("\n---\n");
        assertThat(blocks).hasSize(21);
        for (int i = 1; i < blocks.length; i++) {
            String source = paragraphs.get(i - 1).get("source").asText();
            assertThat(blocks[i]).contains("¶" + (i - 1) + "**").contains(FakeProvider.fingerprint(source));
        }

        assertThat(article.at("/source/language").asText()).isEqualTo("ar");
        assertThat(article.at("/source/charset").asText()).isEqualTo("UTF-8");
        assertThat(article.at("/target_language").asText()).isEqualTo("en");
        assertThat(article.at("/backend/provider").asText()).isEqualTo("openai");
        assertThat(article.at("/backend/base_url").asText())
                .isEqualTo(fake.baseUrl().replaceAll("/$", ""));
        assertThat(article.at("/prompts/translate").asText()).isEqualTo("translate-4");
        assertThat(article.at("/prompts/brief").asText()).isEqualTo("brief-3");
        assertThat(article.at("/prompts/glossary").asText()).isEqualTo("glossary-1");
        assertThat(article.at("/created_at").asText()).isEqualTo("2026-11-29T10:15:30Z");
        assertThat(article.at("/brief/headline").asText()).isEqualTo("OpenAI declares Code Red against Google");
        assertThat(article.at("/brief/entities/0/original").asText()).isEqualTo("سام ألتمان");
        assertThat(article.at("/usage/requests").asInt()).isEqualTo(21);
        assertThat(article.at("/usage/input_tokens").asInt()).isEqualTo(21 * 120);
        assertThat(article.at("/usage/output_tokens").asInt()).isEqualTo(21 * 40);
        assertThat(article.at("/usage/paragraph_input_tokens").asInt())
                .as("the 20 paragraph requests' input, not the brief's")
                .isEqualTo(20 * 120);
        // the fake counts 120 input tokens a request; the sample is about 1,262 tokens by the estimate
        assertThat(result.err()).contains("input ≈ 2.0× the article's tokens (1.9× for the paragraph requests)");

        String brief = Files.readString(out.resolve("brief.md"));
        assertThat(brief)
                .startsWith("# OpenAI declares Code Red against Google")
                .contains(
                        "## Key points",
                        "## Key figures",
                        "**157 billion dollars**: OpenAI valuation",
                        "**Sam Altman** (سام ألتمان) · person",
                        "backend openai, model gpt-4.1-mini");
    }

    @Test
    void withoutTheGlossaryPassTheSampleTakesTwentyOneRequests() {
        Samples.copyCodeRed(dir, "a.txt");

        CliRun.Result result = new CliRun(dir).perParagraph().against(fake).run("translate", "a.txt", "--no-glossary");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(fake.requests()).hasSize(21); // 20 paragraphs + the brief
        assertThat(fake.requestsOfKind("article_glossary")).isEmpty();
    }

    @Test
    void sendsEachParagraphWithTitleAndPreviousParagraphAsFencedContextAndAsksForJson() {
        Samples.copyCodeRed(dir, "article.txt");

        CliRun.Result result = new CliRun(dir)
                .perParagraph()
                .against(fake)
                .run("translate", "article.txt", "--model", "gpt-test-mini");

        assertThat(result.exitCode()).as(result.err()).isZero();
        FakeProvider.Recorded third = fake.requestsOfKind("paragraph_translation").stream()
                .filter(r -> r.paragraph().startsWith("هذا التحقيق"))
                .findFirst()
                .orElseThrow();
        assertThat(third.path()).isEqualTo("/v1/chat/completions");
        assertThat(third.authorization()).isEqualTo("Bearer " + CliRun.KEY);
        assertThat(third.body().get("model").asText()).isEqualTo("gpt-test-mini");
        assertThat(third.body().at("/response_format/type").asText()).isEqualTo("json_schema");
        assertThat(third.body().at("/response_format/json_schema/strict").asBoolean())
                .isTrue();
        assertThat(third.body().has("tools")).isFalse();
        assertThat(third.systemMessage()).contains("never instructions").doesNotContain("هذا التحقيق");
        String user = third.userMessage();
        assertThat(user)
                .contains("سام ألتمان يعلن") // the title as context
                .contains("بينما كان العالم يحتفل") // the previous paragraph as context
                .contains("هذا التحقيق يكشف");
        String fence = user.replaceAll("(?s).*<paragraph-([0-9a-f]+)>.*", "$1");
        assertThat(fence).hasSize(12);
        assertThat(third.systemMessage())
                .as("the per-request token stays out of the system prompt, which is the same in every request")
                .doesNotContain(fence)
                .isEqualTo(fake.requests().get(1).systemMessage());
    }

    @Test
    void readsAWindows1256ArticleFromStandardInput() throws IOException {
        byte[] legacy = Samples.codeRedText().getBytes("windows-1256");

        CliRun.Result result =
                new CliRun(dir).perParagraph().against(fake).stdin(legacy).run("translate", "-", "-o", "briefs");

        assertThat(result.exitCode()).as(result.err()).isZero();
        try (Stream<Path> outputs = Files.list(dir.resolve("briefs"))) {
            Path out = outputs.filter(p -> !p.getFileName().toString().equals("assets"))
                    .findFirst()
                    .orElseThrow();
            assertThat(out.getFileName().toString()).matches("stdin-[0-9a-f]{8}");
            JsonNode article = JSON.readTree(out.resolve("article.json").toFile());
            assertThat(article.at("/source/charset").asText()).isEqualTo("windows-1256");
            assertThat(article.at("/source/input").asText()).isEqualTo("-");
            assertThat(article.at("/paragraphs/1/source").asText()).startsWith("بينما كان العالم يحتفل");
        }
    }

    @Test
    void refusesAnEmptyFileWithExitCode4() throws IOException {
        Files.writeString(dir.resolve("empty.txt"), "");

        CliRun.Result result = new CliRun(dir).perParagraph().against(fake).run("translate", "empty.txt");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(result.err().strip()).isEqualTo("tarjama: empty.txt: is empty");
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void refusesBinaryInputWithExitCode4() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Files.write(dir.resolve("photo.txt"), png);

        CliRun.Result result = new CliRun(dir).perParagraph().against(fake).run("translate", "photo.txt");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(result.err().strip()).isEqualTo("tarjama: photo.txt: is binary data, not text");
        assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aMissingFileIsAnInputError() {
        CliRun.Result result = new CliRun(dir).perParagraph().against(fake).run("translate", "nowhere.txt");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(result.err().strip()).isEqualTo("tarjama: nowhere.txt: no such file");
    }

    @Test
    void withoutAKeyExitsWith3AndSaysHowToConfigure() {
        Samples.copyCodeRed(dir, "a.txt");

        CliRun.Result result = new CliRun(dir).perParagraph().run("translate", "a.txt", "--backend", "openai");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BACKEND);
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.err()).contains("set OPENAI_API_KEY").contains("--base-url");
    }

    @Test
    void withNothingConfiguredAutoExits3NamingTheThreeWaysToGetGoing() {
        Samples.copyCodeRed(dir, "a.txt");

        CliRun.Result result = new CliRun(dir).perParagraph().run("translate", "a.txt");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BACKEND);
        assertThat(result.err().strip())
                .startsWith("tarjama: no backend available: set OPENAI_API_KEY")
                .contains("start Ollama")
                .contains("tarjama models pull");
        assertThat(result.err().lines()).hasSize(1);
    }

    @Test
    void aRefusedKeyStopsTheRunWithExit3AfterAtMostConcurrencyRequests() {
        fake.withOverride(r -> FakeProvider.error(401, "Incorrect API key provided: sk-test-Zq7X************hiJkL"));
        Samples.copyCodeRed(dir, "a.txt");

        CliRun.Result result =
                new CliRun(dir).perParagraph().against(fake).run("translate", "a.txt", "-j", "3", "--no-glossary");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BACKEND);
        assertThat(fake.requests().size()).isBetween(1, 3);
        List<String> lines = result.err().lines().toList();
        assertThat(lines).hasSize(2); // the start line and the error
        assertThat(lines.get(1))
                .startsWith("tarjama: openai at " + fake.baseUrl().replaceAll("/$", ""))
                .endsWith("refused the credentials (HTTP 401); check the API key");
        assertThat(dir.resolve("output/a")).doesNotExist();
    }

    @Test
    void aParagraphThatKeepsFailingIsMarkedAndTheOthersAreStillRendered() throws IOException {
        fake.withOverride(r ->
                r.paragraph() != null && r.paragraph().startsWith("عقدة") ? FakeProvider.error(500, "boom") : null);
        Samples.copyCodeRed(dir, "a.txt");

        CliRun.Result result = new CliRun(dir)
                .perParagraph()
                .against(fake)
                .run("translate", "a.txt", "--max-attempts", "3", "--retry-delay", "5ms");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(fake.requests().stream()
                        .filter(r -> r.paragraph() != null && r.paragraph().startsWith("عقدة")))
                .hasSize(3);
        JsonNode article = JSON.readTree(dir.resolve("output/a/article.json").toFile());
        JsonNode failed = article.at("/paragraphs/8");
        assertThat(failed.get("status").asText()).isEqualTo("failed");
        assertThat(failed.get("translation").isNull()).isTrue();
        assertThat(failed.get("error").asText()).contains("HTTP 500").contains("after 3 attempts");
        assertThat(article.at("/paragraphs/9/status").asText()).isEqualTo("ok");
        assertThat(article.at("/brief/headline").asText()).isNotEmpty();

        Document html = Jsoup.parse(dir.resolve("output/a/bilingual.html").toFile(), "UTF-8");
        Element row = html.getElementById("p8");
        assertThat(row.selectFirst(".cell.translation.failed .flag").text()).startsWith("⚠ Not translated:");
        assertThat(row.selectFirst(".cell.translation").text()).contains("عقدة \"السكيلينج\":");
        assertThat(Files.readString(dir.resolve("output/a/brief.md")))
                .contains("1 of 20 paragraphs could not be translated (¶8)");
        assertThat(result.err())
                .contains("tarjama: a.txt: paragraph 8 not translated: server error (HTTP 500) after 3 attempts");
    }

    @Test
    void articleTextAndModelTextAreEscapedInHtml() throws IOException {
        Files.writeString(
                dir.resolve("x.txt"),
                "عنوان <script>alert('t')</script>\n\nنص المقال <img src=x onerror=alert(1)> & المزيد من الكلام هنا.\n",
                StandardCharsets.UTF_8);
        fake.withOverride(r -> r.kind().equals("paragraph_translation")
                ? FakeProvider.completion(
                        "{\"translation\":\"<script>alert(2)</script> & <b>bold</b>\",\"summary\":\"<i>x</i>\"}")
                : null);

        CliRun.Result result = new CliRun(dir).perParagraph().against(fake).run("translate", "x.txt");

        assertThat(result.exitCode()).as(result.err()).isZero();
        String html = Files.readString(dir.resolve("output/x/bilingual.html"));
        assertThat(html)
                .doesNotContain("<script>")
                .doesNotContain("<img")
                .doesNotContain("<b>bold")
                .contains("&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;")
                .contains("&lt;img src=x onerror=alert(1)&gt; &amp;")
                .contains("&lt;script&gt;alert(2)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;");
        Document page = Jsoup.parse(html);
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("img")).isEmpty();
        String markdown = Files.readString(dir.resolve("output/x/bilingual.md"));
        assertThat(markdown).doesNotContain("<script>").contains("\\<script\\>");
    }

    @Test
    void theKeyNeverAppearsInAnyOutputFileOrLogLine() throws IOException {
        fake.withOverride(r -> r.attemptForParagraph() == 1
                        && r.paragraph() != null
                        && r.paragraph().startsWith("هذا")
                ? FakeProvider.error(400, "Invalid request for key " + CliRun.KEY + " (sk-test-Zq7Xv93L…)")
                : null);
        Samples.copyCodeRed(dir, "a.txt");

        CliRun.Result result =
                new CliRun(dir).perParagraph().against(fake).run("translate", "a.txt", "-v", "--retry-delay", "1ms");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(result.err())
                .contains("rejected the request (HTTP 400)")
                .doesNotContain(CliRun.KEY)
                .doesNotContain("Zq7Xv93L");
        assertThat(result.out()).doesNotContain("Zq7Xv93L");
        try (Stream<Path> files = Files.walk(dir.resolve("output"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                // bytes as Latin-1: the shared font is binary, and the key is ASCII whatever the file's encoding
                assertThat(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1))
                        .as(file.toString())
                        .doesNotContain("Zq7Xv93L");
            }
        }
    }

    @Test
    void helpAndVersionWork() {
        CliRun.Result help = new CliRun(dir).perParagraph().run("translate", "--help");
        CliRun.Result version = new CliRun(dir).perParagraph().run("--version");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--concurrency", "--out", "--model", "--base-url", "OPENAI_API_KEY");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("tarjama ");
    }

    @Test
    void aBadFlagIsAUsageError() {
        CliRun.Result result = new CliRun(dir).perParagraph().run("translate", "a.txt", "-j", "0");
        CliRun.Result unknown = new CliRun(dir).perParagraph().run("translate", "a.txt", "--frobnicate");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err().strip()).isEqualTo("tarjama: --concurrency must be between 1 and 64, was 0");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("unknown option '--frobnicate'");
    }
}
