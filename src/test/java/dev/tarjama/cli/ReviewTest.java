package dev.tarjama.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tarjama.testing.CliRun;
import dev.tarjama.testing.FakeProvider;
import dev.tarjama.testing.Samples;
import dev.tarjama.testing.Wire;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * --review on every provider's wire: one review request for the sample's paragraphs, held to its schema; the
 * reviewer's finding flagged as the model's judgement in every output; a rerun served from the cache; the request
 * counted and paid for.
 */
class ReviewTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VALUATION = "بينما كان العالم يحتفل";

    @TempDir
    Path dir;

    FakeProvider fake;

    @AfterEach
    void stop() throws IOException {
        if (fake != null) {
            fake.close();
        }
    }

    /** Paragraph 1 comes back with a sentence its source lacks; the rest faithfully. */
    private void inventingInParagraphOne() {
        fake.withOverride(r -> r.paragraph() != null && r.paragraph().startsWith(VALUATION)
                ? fake.completionInWire(JSON.createObjectNode()
                        .put(
                                "translation",
                                FakeProvider.faithfulTranslation(r.paragraph(), r.userMessage()) + " "
                                        + FakeProvider.INVENTED)
                        .put("summary", "A summary.")
                        .toString())
                : null);
    }

    private List<FakeProvider.Recorded> reviews() {
        return fake.requests().stream()
                .filter(r -> r.kind().equals("paragraph_review"))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Wire.class)
    void theReviewersFindingIsFlaggedAsItsJudgementCachedAndCounted(Wire wire) throws IOException {
        fake = new FakeProvider(wire);
        Samples.copyCodeRed(dir, "a.txt");
        inventingInParagraphOne();

        CliRun.Result result = new CliRun(dir).perParagraph().against(fake).run("translate", "a.txt", "--review");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(reviews()).hasSize(1);
        FakeProvider.Recorded review = reviews().get(0);
        assertThat(review.body().toString())
                .as("held to the review schema: its categories and severities as enums")
                .contains("\"enum\":[\"accuracy/omission\"", "\"enum\":[\"critical\"");
        assertThat(review.userMessage()).contains("p1 translation]", FakeProvider.INVENTED);
        assertThat(review.systemMessage())
                .as("no per-request token in the system prompt")
                .doesNotContainPattern("[0-9a-f]{12}");
        JsonNode article = JSON.readTree(dir.resolve("output/a/article.json").toFile());
        List<String> flags = new ArrayList<>();
        article.at("/paragraphs/1/checks")
                .forEach(c -> flags.add(
                        c.get("check").asText() + ": " + c.get("message").asText()));
        assertThat(flags)
                .contains(
                        "review: model's judgement, major accuracy/addition: «its chief executive will resign next month»"
                                + " — The source says nothing of a resignation.");
        assertThat(article.at("/qa/flags_by_check/review").asInt()).isEqualTo(1);
        assertThat(article.at("/usage/requests").asInt())
                .as("20 paragraphs, ¶1's corrective re-ask, the brief, the review")
                .isEqualTo(22 + 1);
        assertThat(Files.readString(dir.resolve("output/a/bilingual.html"))).contains("model&#39;s judgement");
        assertThat(Files.readString(dir.resolve("output/a/brief.md"))).contains("model's judgement");

        int before = fake.requests().size();
        CliRun.Result rerun = new CliRun(dir).perParagraph().against(fake).run("translate", "a.txt", "--review");
        assertThat(rerun.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(fake.requests())
                .as("the rerun's review is served from the cache")
                .hasSize(before);
    }

    @Test
    void aLongArticlesReviewBatchesGoOutTogether() throws IOException {
        fake = new FakeProvider();
        java.nio.file.Files.writeString(dir.resolve("long.txt"), Samples.longArticle(60));
        fake.withFixedDelay(java.time.Duration.ofMillis(400));

        CliRun.Result result = new CliRun(dir)
                .against(fake)
                .run("translate", "long.txt", "--review", "--no-glossary", "-j", "4", "-v");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(result.err()).contains("review: asking about 60 paragraphs");
        List<FakeProvider.Recorded> reviews = reviews();
        assertThat(reviews).hasSizeGreaterThan(1);
        long first = reviews.stream()
                .mapToLong(FakeProvider.Recorded::receivedNanos)
                .min()
                .orElseThrow();
        long last = reviews.stream()
                .mapToLong(FakeProvider.Recorded::receivedNanos)
                .max()
                .orElseThrow();
        assertThat(java.time.Duration.ofNanos(last - first))
                .as("every batch sent before the first answer came back (400 ms)")
                .isLessThan(java.time.Duration.ofMillis(400));
    }

    @Test
    void reviewFlaggedAsksOnlyAboutParagraphsACheckFlagged() throws IOException {
        fake = new FakeProvider();
        Samples.copyCodeRed(dir, "a.txt");
        inventingInParagraphOne(); // 98 invented characters: completeness flags paragraph 1

        CliRun.Result result =
                new CliRun(dir).perParagraph().against(fake).run("translate", "a.txt", "--review", "flagged");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(reviews()).hasSize(1);
        assertThat(reviews().get(0).userMessage()).contains("p1 source]").doesNotContain("p2 source]");
    }

    @Test
    void withoutReviewNothingIsReviewedAndAnUnknownValueIsAUsageError() throws IOException {
        fake = new FakeProvider();
        Samples.copyCodeRed(dir, "a.txt");

        CliRun.Result plain = new CliRun(dir).against(fake).run("translate", "a.txt");
        CliRun.Result wrong = new CliRun(dir).against(fake).run("translate", "a.txt", "--review", "some");

        assertThat(plain.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(reviews()).isEmpty();
        assertThat(wrong.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(wrong.err()).contains("unknown review 'some'; known: all, flagged, off");
    }

    @Test
    void theDryRunShowsTheReviewRequests() {
        fake = null;
        Samples.copyCodeRed(dir, "a.txt");

        CliRun.Result plan = new CliRun(dir).run("translate", "a.txt", "--dry-run", "--review", "--backend", "openai");

        assertThat(plan.exitCode()).as(plan.err()).isEqualTo(ExitCodes.OK);
        assertThat(plan.out() + plan.err()).contains("1 review + 1 brief");
    }
}
