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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command line that behaves: no silent overwrite, no money spent before a certain failure, help that helps. */
class CommandLineBehaviourTest {
    private static final ObjectMapper JSON = new ObjectMapper();

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

    private CliRun cli() {
        return new CliRun(dir).perParagraph().against(fake);
    }

    @Test
    void inputsWithTheSameNameGetTheirOwnFoldersChosenOnceAndRecorded() throws IOException {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Samples.copyCodeRed(dir.resolve("a"), "story.txt");
        Files.writeString(dir.resolve("b/story.txt"), "عنوان آخر\n\nهذا مقال آخر تماما عن موضوع مختلف كليا.\n");
        Files.writeString(
                dir.resolve("story.html"),
                "<html><body><article><h1>عنوان ثالث</h1>"
                        + "<p>فقرة من مقال ثالث منشور على الشبكة.</p></article></body></html>");

        CliRun.Result first = cli().run("translate", "a/story.txt", "b/story.txt", "story.html", "--no-glossary");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out().lines()).containsExactly("output/story", "output/story-2", "output/story-3");
        JsonNode b = JSON.readTree(dir.resolve("output/story-2/article.json").toFile());
        assertThat(b.at("/source/input").asText()).isEqualTo("b/story.txt");
        assertThat(b.at("/output/folder").asText()).isEqualTo("story-2");
        assertThat(b.at("/output/input_id").asText()).endsWith("b/story.txt");

        CliRun.Result again = cli().run("translate", "b/story.txt", "--no-glossary");
        assertThat(again.out().strip()).as("a rerun finds its folder again").isEqualTo("output/story-2");
        assertThat(dir.resolve("output/story-4")).doesNotExist();
    }

    @Test
    void anUnwritableOutputRootFailsBeforeAnyRequestWithTheSystemsReason() throws IOException {
        Samples.copyCodeRed(dir, "a.txt");
        Files.writeString(dir.resolve("notes.txt"), "not a folder");

        CliRun.Result aFile = cli().run("translate", "a.txt", "-o", "notes.txt");
        CliRun.Result underAFile = cli().run("translate", "a.txt", "-o", "notes.txt/briefs");
        CliRun.Result dash = cli().run("translate", "a.txt", "-o", "-");

        assertThat(aFile.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(aFile.err()).contains("cannot write to").contains("notes.txt: it is a file, not a directory");
        assertThat(underAFile.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(underAFile.err()).contains("cannot write to").contains("notes.txt");
        assertThat(dash.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(dash.err()).contains("-o names a directory");
        CliRun.Result proc = cli().run("translate", "a.txt", "-o", "/proc/nope");
        assertThat(proc.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(proc.err().strip())
                .as("the system's reason in words, not the path again")
                .startsWith("tarjama: cannot write to /proc/nope: ")
                .doesNotEndWith("/proc/nope: /proc/nope");
        assertThat(dir.resolve("-")).doesNotExist();
        assertThat(fake.requests()).as("nothing was paid for").isEmpty();
    }

    @Test
    void quietStillSaysWhatFailedOneLineEach() throws IOException {
        Samples.copyCodeRed(dir, "a.txt");

        CliRun.Result result = cli().run("translate", "missing.txt", "a.txt", "gone.html", "-q");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(result.err().lines())
                .containsExactly("tarjama: missing.txt: no such file", "tarjama: gone.html: no such file");
        assertThat(result.out().strip()).isEqualTo("output/a");
        assertThat(dir.resolve("output/a/article.json")).exists();
    }

    @Test
    void anArticleAlreadyInEnglishIsNotTranslatedIntoEnglish() throws IOException {
        Files.writeString(
                dir.resolve("en.txt"),
                "Markets rally\n\nThe markets rallied on Monday after the central "
                        + "bank said that it would keep rates where they are for the rest of the year.\n");

        CliRun.Result result = cli().run("translate", "en.txt");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(result.err())
                .contains("en.txt: the article is already in English")
                .contains("--source-lang");
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void theStartLineSaysHowManyRequestsWillReallyBeMade() throws IOException {
        Samples.copyCodeRed(dir, "a.txt");
        cli().run("translate", "a.txt");

        CliRun.Result rerun = cli().run("translate", "a.txt");

        assertThat(rerun.err())
                .contains("a.txt: 20 paragraphs (language ar), 0 to request (20 answered from the cache)");
    }

    @Test
    void theJsonSummaryNamesEveryArticlesFolderStatusAndUsage() throws IOException {
        Samples.copyCodeRed(dir, "a.txt");

        CliRun.Result result = cli().run("translate", "a.txt", "nope.txt", "--json", "-q");

        JsonNode summary = JSON.readTree(result.out());
        assertThat(summary.get("exit_code").asInt()).isEqualTo(ExitCodes.INPUT).isEqualTo(result.exitCode());
        assertThat(summary.at("/articles/0/folder").asText()).isEqualTo("output/a");
        assertThat(summary.at("/articles/0/status").asText()).isEqualTo("ok");
        assertThat(summary.at("/articles/0/translated").asInt()).isEqualTo(20);
        assertThat(summary.at("/articles/0/usage/requests").asInt()).isEqualTo(21);
        assertThat(summary.at("/articles/1/status").asText()).isEqualTo("failed");
        assertThat(summary.at("/articles/1/error").asText()).isEqualTo("nope.txt: no such file");
        assertThat(summary.at("/usage/requests").asInt()).isEqualTo(21);
        assertThat(summary.get("status").asText()).isEqualTo("partial");
    }

    @Test
    void eachTargetLanguageOfAnArticleGetsItsOwnFolderAndRecord() throws IOException {
        Samples.copyCodeRed(dir, "a.txt");

        CliRun.Result english = cli().run("translate", "a.txt", "-f", "all", "-q");
        CliRun.Result french = cli().run("translate", "a.txt", "--target-lang", "fr", "-q");

        assertThat(english.exitCode()).as(english.err()).isZero();
        assertThat(french.exitCode()).as(french.err()).isZero();
        assertThat(english.out().strip()).isEqualTo("output/a");
        assertThat(french.out().strip()).isEqualTo("output/a.fr");
        assertThat(JSON.readTree(dir.resolve("output/a/article.json").toFile())
                        .get("target_language")
                        .asText())
                .isEqualTo("en");
        assertThat(JSON.readTree(dir.resolve("output/a.fr/article.json").toFile())
                        .get("target_language")
                        .asText())
                .isEqualTo("fr");
        assertThat(dir.resolve("output/a/bilingual.pdf"))
                .as("the English run's files stay its own")
                .isRegularFile();
        assertThat(dir.resolve("output/a.fr/bilingual.pdf")).doesNotExist();
        assertThat(dir.resolve("output/a/versions"))
                .as("nothing of English was replaced")
                .doesNotExist();
    }

    @Test
    void aTargetLanguageNoOneCanNameIsRefusedBeforeAnyRequest() {
        Samples.copyCodeRed(dir, "a.txt");

        CliRun.Result result = cli().run("translate", "a.txt", "--target-lang", "xx");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err().strip().lines()).singleElement().asString().contains("'xx'");
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void aMistypedCommandOrOptionIsNamedWithWhatWasMeant() {
        CliRun.Result command = cli().run("transalte", "x");
        assertThat(command.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(command.err().lines().findFirst().orElseThrow())
                .isEqualTo("tarjama: unknown command 'transalte'; did you mean 'translate'?");

        CliRun.Result option = cli().run("translate", "--fromat", "html", "x");
        assertThat(option.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(option.err().lines().findFirst().orElseThrow())
                .isEqualTo("tarjama: unknown option '--fromat'; did you mean '--format'?");

        CliRun.Result far = cli().run("translate", "--colour", "x");
        assertThat(far.err().lines().findFirst().orElseThrow()).isEqualTo("tarjama: unknown option '--colour'");
    }

    @Test
    void theJsonSummaryIsPrintedWhenTheBackendCannotBeReachedToo() throws IOException {
        Samples.copyCodeRed(dir, "a.txt");

        CliRun.Result result = new CliRun(dir)
                .perParagraph()
                .env("OPENAI_API_KEY", CliRun.KEY)
                .env("OPENAI_BASE_URL", "http://127.0.0.1:9/v1") // the discard port: connection refused at once
                .run("translate", "a.txt", "--backend", "openai", "--json", "-q", "--max-attempts", "1");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.BACKEND);
        JsonNode summary = JSON.readTree(result.out());
        assertThat(summary.get("exit_code").asInt()).isEqualTo(ExitCodes.BACKEND);
        assertThat(summary.get("status").asText()).isEqualTo("failed");
        assertThat(summary.at("/error/kind").asText()).isEqualTo("backend");
        assertThat(summary.at("/error/message").asText()).isNotBlank();
        assertThat(result.err().strip().lines()).hasSize(1);
    }

    @Test
    void theOutputRootCanComeFromTheConfigFile() throws IOException {
        Samples.copyCodeRed(dir, "a.txt");
        Files.writeString(dir.resolve("tarjama.yaml"), "profiles:\n  default:\n    output: briefs\n");

        CliRun.Result result = cli().run("translate", "a.txt");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().strip()).isEqualTo("briefs/a");
    }

    @Test
    void everySubcommandHasHelpAndAHintThatNamesIt() {
        for (String[] args : new String[][] {
            {"models", "list", "--help"},
            {"models", "pull", "--help"},
            {"models", "rm", "--help"},
            {"models", "path", "--help"},
            {"translate", "--help"},
            {"backends", "--help"},
            {"completion", "--help"},
            {"man", "--help"},
            {"models", "--help"},
            {"watch", "--help"},
            {"extract", "--help"},
            {"import", "--help"},
            {"serve-local", "--help"},
            {"--help"}
        }) {
            CliRun.Result help = cli().run(args);
            assertThat(help.exitCode()).as(String.join(" ", args)).isZero();
            assertThat(help.out())
                    .as(String.join(" ", args))
                    .contains("Usage: tarjama")
                    .contains("Example");
            assertThat(help.out().lines())
                    .as(String.join(" ", args) + ": fits 80 columns, wrapped between words")
                    .allMatch(line -> line.length() <= 80)
                    .noneMatch(line -> line.matches(".*\\w\\.$") && line.contains("qwen2."));
        }
        CliRun.Result wrong = cli().run("models", "list", "--bogus");
        assertThat(wrong.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(wrong.err()).contains("Try 'tarjama models list --help'");
        CliRun.Result top = cli().run("--bogus");
        assertThat(top.err()).contains("Try 'tarjama --help'");
        CliRun.Result bare = cli().run("models");
        assertThat(bare.exitCode()).as("bare 'models' lists what is installed").isZero();
        assertThat(bare.out()).contains("no models installed");
    }

    @Test
    void aChecksumThatIsNotSha256IsRefusedBeforeAnythingIsDownloaded() {
        CliRun.Result result = cli().run("models", "pull", fake.baseUrl() + "/model.gguf", "--sha256", "deadbeef");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("a SHA-256 is 64 hexadecimal digits (8 given); nothing was downloaded");
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void shellCompletionCoversEverySubcommandAndOption() {
        CliRun.Result bash = cli().run("completion", "bash");
        CliRun.Result zsh = cli().run("completion", "zsh");

        assertThat(bash.exitCode()).isZero();
        assertThat(bash.out())
                .contains("translate")
                .contains("backends")
                .contains("--backend")
                .contains("--glossary");
        assertThat(zsh.out()).startsWith("#compdef tarjama").contains("bashcompinit");
    }

    @Test
    void theBilingualPageIsolatesMixedDirectionRunsAndLinksTheBrief() throws IOException {
        Samples.copyCodeRed(dir, "a.txt");
        fake.withOverride(r -> {
            if (!"paragraph_translation".equals(r.kind()) || r.paragraph() == null) {
                return null;
            }
            if (r.paragraph().startsWith("عقدة")) {
                return FakeProvider.completion(JSON.createObjectNode()
                        .put("translation", r.paragraph())
                        .put("summary", "s")
                        .toString()); // the source echoed back
            }
            if (r.paragraph().contains("1.351")) {
                return FakeProvider.error(400, "refused");
            }
            if (r.paragraph().startsWith("بينما كان العالم")) {
                return FakeProvider.completion(JSON.createObjectNode()
                        .put(
                                "translation",
                                "While the world celebrated, a memo declared Code Red at OpenAI, whose "
                                        + "valuation was mentioned, and Sam Altman warned of a difficult climate ahead of it.")
                        .put("summary", "s")
                        .toString()); // the figures dropped: the flag quotes the Arabic
            }
            return null;
        });

        CliRun.Result result = cli().run("translate", "a.txt");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.PARTIAL);
        Document page = Jsoup.parse(dir.resolve("output/a/bilingual.html").toFile(), "UTF-8");
        Element echoed = page.getElementById("p8").selectFirst(".cell.translation");
        assertThat(echoed.attr("dir")).isEqualTo("rtl");
        assertThat(echoed.attr("lang")).isEqualTo("ar");
        Element numbersFlag = page.getElementById("p1").select(".check").stream()
                .filter(check -> check.text().contains("numbers"))
                .findFirst()
                .orElseThrow();
        assertThat(numbersFlag.text()).contains("157 مليار");
        assertThat(numbersFlag.select("bdi").eachText())
                .as("Arabic inside an English flag is isolated")
                .anySatisfy(run -> assertThat(run).contains("مليار"));
        Element failed = page.selectFirst(".cell.translation.failed");
        assertThat(failed.selectFirst("a.id"))
                .as("a failed row keeps its ¶ anchor")
                .isNotNull();
        assertThat(page.getElementById("brief").text()).contains("OpenAI declares Code Red against Google");
        assertThat(page.select("a[href=brief.md]")).hasSize(1);
        assertThat(page.select("#brief a.cite").eachAttr("href")).contains("#p1", "#p6", "#p11", "#p13");
        assertThat(page.selectFirst("header .original").text()).contains("كود ريد");
        assertThat(Files.readString(dir.resolve("output/a/brief.md"), StandardCharsets.UTF_8))
                .contains("original headline «بـ \"كود ريد\"");
    }
}
