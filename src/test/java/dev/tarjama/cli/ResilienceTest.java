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
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs against a provider that fails often, and reruns that must not pay twice. */
class ResilienceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    FakeProvider fake;

    @BeforeEach
    void startFake() throws IOException {
        fake = new FakeProvider();
        Samples.copyCodeRed(dir, "a.txt");
    }

    @AfterEach
    void stopFake() throws IOException {
        fake.close();
    }

    @Test
    void everyParagraphEndsOkUnder429s500sAndTruncatedAnswersWithinTheAttemptLimit() throws IOException {
        fake.withFaults(new FakeProvider.Faults(0.30, 0.10, 0.05));

        CliRun.Result result = new CliRun(dir)
                .perParagraph()
                .against(fake)
                .run("translate", "a.txt", "-j", "4", "--retry-delay", "20ms");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        JsonNode article = JSON.readTree(dir.resolve("output/a/article.json").toFile());
        assertThat(article.get("paragraphs"))
                .allSatisfy(p -> assertThat(p.get("status").asText()).isEqualTo("ok"));
        Map<String, Long> attempts = fake.requests().stream()
                .collect(Collectors.groupingBy(
                        r -> r.paragraph() == null ? r.kind() : r.paragraph(), Collectors.counting()));
        assertThat(attempts).hasSize(21); // 20 paragraphs, the brief
        assertThat(attempts.values()).allSatisfy(n -> assertThat(n).isBetween(1L, 5L));
        long faulted = fake.requests().size() - 21;
        assertThat(faulted).as("faults were injected").isGreaterThanOrEqualTo(5);
        assertThat(article.at("/usage/retries").asLong()).isEqualTo(faulted);
        assertThat(article.at("/usage/requests").asLong())
                .isEqualTo(fake.requests().size());
    }

    @Test
    void rerunningAnUnchangedArticleMakesNoRequestAndEditingOneParagraphMakesOneBesidesTheBrief() throws IOException {
        CliRun first = new CliRun(dir).perParagraph().against(fake);
        assertThat(first.run("translate", "a.txt").exitCode()).isZero();
        assertThat(fake.requests()).hasSize(21);
        String firstJson = Files.readString(dir.resolve("output/a/article.json"));

        CliRun.Result again = new CliRun(dir).perParagraph().against(fake).run("translate", "a.txt");

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(fake.requests()).hasSize(21);
        JsonNode rerun = JSON.readTree(dir.resolve("output/a/article.json").toFile());
        assertThat(rerun.at("/usage/requests").asInt()).isZero();
        assertThat(rerun.at("/usage/cache_hits").asInt()).isEqualTo(21);
        assertThat(rerun.get("paragraphs")).isEqualTo(JSON.readTree(firstJson).get("paragraphs"));
        assertThat(rerun.get("glossary"))
                .as("the glossary gathered again from the cached answers")
                .isEqualTo(JSON.readTree(firstJson).get("glossary"))
                .isNotEmpty();
        assertThat(again.err()).contains("usage: 0 requests (0 retries), 21 cache hits");

        String text = Files.readString(dir.resolve("a.txt"), StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("a.txt"), text.replace("بلغت قيمتها 157 مليار دولار", "بلغت قيمتها 160 مليار دولار"));

        CliRun.Result edited = new CliRun(dir).perParagraph().against(fake).run("translate", "a.txt");

        assertThat(edited.exitCode()).isZero();
        assertThat(fake.requests()).hasSize(23); // the edited paragraph, then the brief
        assertThat(fake.requests().get(21).paragraph()).contains("160 مليار دولار");
        assertThat(fake.requests().get(22).kind()).isEqualTo("article_brief");
    }

    @Test
    void withTheGlossaryPassAnEditedParagraphAlsoCostsTheGlossaryRequest() throws IOException {
        assertThat(new CliRun(dir)
                        .perParagraph()
                        .against(fake)
                        .run("translate", "a.txt", "--glossary-pass")
                        .exitCode())
                .isZero();
        assertThat(fake.requests()).hasSize(22);
        assertThat(fake.requests().get(0).kind()).isEqualTo("article_glossary");
        String text = Files.readString(dir.resolve("a.txt"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("a.txt"), text.replace("بنسبة 40%", "بنسبة 41%"));

        CliRun.Result edited =
                new CliRun(dir).perParagraph().against(fake).run("translate", "a.txt", "--glossary-pass");

        assertThat(edited.exitCode()).as(edited.err()).isZero();
        assertThat(fake.requests()).hasSize(25); // the glossary reads a new article text, one paragraph, the brief
        assertThat(fake.requests().get(22).kind()).isEqualTo("article_glossary");
        assertThat(fake.requests().get(23).paragraph()).contains("بنسبة 41%");
        assertThat(fake.requests().get(24).kind()).isEqualTo("article_brief");
    }

    @Test
    void aCacheFileCutShortIsSaidOnceAndTheRunGoesOnWithoutIt() throws IOException {
        java.nio.file.Files.write(dir.resolve("cut.db"), java.util.Arrays.copyOf("SQLite format 3\0".getBytes(), 900));

        CliRun.Result run = new CliRun(dir).against(fake).run("translate", "a.txt", "--cache", "cut.db");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err().lines().filter(l -> l.contains("cut.db"))).hasSize(1);
        assertThat(run.err()).contains("goes on without the answer cache").doesNotContain("\tat ");
        assertThat(dir.resolve("output/a/article.json")).exists();
    }

    @Test
    void refreshAsksAgainAndNoCacheNeitherReadsNorWrites() {
        new CliRun(dir).perParagraph().against(fake).run("translate", "a.txt");
        new CliRun(dir).perParagraph().against(fake).run("translate", "a.txt", "--refresh");
        assertThat(fake.requests()).hasSize(42);

        new CliRun(dir).perParagraph().against(fake).run("translate", "a.txt", "--no-cache");
        new CliRun(dir).perParagraph().against(fake).run("translate", "a.txt", "--no-cache");
        assertThat(fake.requests()).hasSize(84);
    }

    @Test
    void theCacheCanBeMovedAndIsKeyedByModel() {
        new CliRun(dir).perParagraph().against(fake).run("translate", "a.txt", "--cache", "my-cache.db");
        assertThat(dir.resolve("my-cache.db")).isRegularFile();
        assertThat(dir.resolve(".cache/tarjama/cache.db")).doesNotExist();

        new CliRun(dir)
                .perParagraph()
                .against(fake)
                .run("translate", "a.txt", "--cache", "my-cache.db", "--model", "another-model");

        assertThat(fake.requests()).hasSize(42);
    }

    @Test
    void theDryRunCountsCachedAnswersOut() {
        CliRun.Result before = new CliRun(dir).perParagraph().against(fake).run("translate", "--dry-run", "a.txt");
        new CliRun(dir).perParagraph().against(fake).run("translate", "a.txt");
        CliRun.Result after = new CliRun(dir).perParagraph().against(fake).run("translate", "--dry-run", "a.txt");

        assertThat(before.out())
                .contains("requests: 21 (20 for paragraphs + 1 brief; 0 segments answered from the cache)");
        assertThat(after.out())
                .contains("requests: 0 (0 for paragraphs + 0 brief; 20 segments answered from the cache)")
                .contains("tokens (estimate): 0 input, 0 output");
        assertThat(fake.requests()).hasSize(21);
    }

    @Test
    void aCancelledRunStopsDispatchingWritesWhatItHasAndExits130() throws IOException {
        fake.withRandomDelay(150);
        CliRun run = new CliRun(dir).perParagraph().against(fake);
        Function<FakeProvider.Recorded, okhttp3.mockwebserver.MockResponse> cancelAfterFive = r -> {
            if (fake.requests().size() == 6) { // six paragraphs
                run.cancellation().cancel();
            }
            return null;
        };
        fake.withOverride(cancelAfterFive);

        CliRun.Result result = run.run("translate", "a.txt", "-j", "2");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INTERRUPTED);
        assertThat(fake.requests().size()).isBetween(6, 8);
        JsonNode article = JSON.readTree(dir.resolve("output/a/article.json").toFile());
        assertThat(article.get("interrupted").asBoolean()).isTrue();
        long ok = 0;
        for (JsonNode p : article.get("paragraphs")) {
            if (p.get("status").asText().equals("ok")) {
                ok++;
            } else {
                assertThat(p.get("error").asText()).isEqualTo("not translated: the run was interrupted");
            }
        }
        assertThat(ok)
                .as("every request was a paragraph's, answered")
                .isEqualTo(fake.requests().size());
        assertThat(article.get("brief").isNull()).isTrue();

        fake.withOverride(r -> null);
        CliRun.Result resumed = new CliRun(dir).perParagraph().against(fake).run("translate", "a.txt");
        assertThat(resumed.exitCode()).isZero();
        assertThat(fake.requests().size())
                .as("each paragraph asked once in all, and the brief")
                .isEqualTo(21);
    }
}
