package dev.tarjama.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tarjama.internal.llm.TokenEstimator;
import dev.tarjama.testing.CliRun;
import dev.tarjama.testing.FakeProvider;
import dev.tarjama.testing.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The glossary comes back with the translations, at no extra input: each answer lists the names and terms of its
 * text with the rendering it used, the article takes one rendering per term (the most used), and a paragraph that
 * went in another request and spelt a name otherwise is asked again. The brief reads the translations only, and a
 * long article is briefed in parts within the context budget, its citations intact.
 */
class GlossaryAgreementTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** ¶17 of the sample names «سام ألتمان», as ¶0, ¶1 and ¶5 do. */
    private static final String P17 = "هنا تبرز المقارنة الحتمية";

    @TempDir
    Path dir;

    FakeProvider fake;

    @BeforeEach
    void start() throws IOException {
        fake = new FakeProvider();
        Samples.copyCodeRed(dir, "sample.txt");
    }

    @AfterEach
    void stop() throws IOException {
        fake.close();
    }

    /** The batch holding ¶17 spells Sam Altman "Sam Altmann", in its translations and its terms. */
    private Function<FakeProvider.Recorded, MockResponse> altmannInTheBatchOf17() {
        return r -> {
            if (!r.kind().equals("paragraph_batch") || !r.userMessage().contains(P17)) {
                return null;
            }
            Map<String, String> items = new LinkedHashMap<>();
            FakeProvider.faithfulBatch(r.userMessage())
                    .forEach((id, t) -> items.put(id, t.replace("Sam Altman", "Sam Altmann")));
            Map<String, String> terms = new LinkedHashMap<>(FakeProvider.termsIn(
                    String.join("\n", FakeProvider.batchBlocks(r.userMessage()).values())));
            terms.replaceAll((source, target) -> target.replace("Sam Altman", "Sam Altmann"));
            return fake.batchAnswer(List.copyOf(items.entrySet()), terms);
        };
    }

    /** Counted as the issue counts them: o200k over each request's system and user messages. */
    private void assertEveryRequestWithin(int budget) {
        assertThat(fake.requests())
                .as("every request within the %,d-token budget", budget)
                .allSatisfy(
                        r -> assertThat(TokenEstimator.count(r.systemMessage()) + TokenEstimator.count(r.userMessage()))
                                .as("%s request %d", r.kind(), r.number())
                                .isLessThanOrEqualTo(budget));
    }

    private JsonNode article(String root) throws IOException {
        return JSON.readTree(dir.resolve(root).resolve("sample/article.json").toFile());
    }

    @Test
    void aParagraphThatSpeltANameOtherwiseIsAskedAgainAndTheGlossaryHasOneRenderingPerTerm() throws IOException {
        fake.withOverride(altmannInTheBatchOf17());

        CliRun.Result result =
                new CliRun(dir).against(fake).run("translate", "sample.txt", "--batch-tokens", "300", "-v");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(result.err())
                .as("the progress says what the run still asks once every paragraph is in")
                .contains("agreed terms: asking about 1 paragraph");
        assertThat(fake.requestsOfKind("article_glossary"))
                .as("no request reads the article twice")
                .isEmpty();
        List<FakeProvider.Recorded> batches = fake.requestsOfKind("paragraph_batch");
        assertThat(batches).hasSizeGreaterThan(2);
        List<FakeProvider.Recorded> reasked = fake.requestsOfKind("paragraph_translation");
        assertThat(reasked)
                .as("¶17 alone asked again: ¶0, ¶1 and ¶5 said Sam Altman")
                .hasSize(1);
        assertThat(reasked.get(0).paragraph()).startsWith(P17);
        assertThat(reasked.get(0).systemMessage()).contains("«سام ألتمان» should be rendered \"Sam Altman\"");
        assertThat(reasked.get(0).userMessage()).contains("سام ألتمان → Sam Altman");

        JsonNode article = article("output");
        JsonNode p17 = article.get("paragraphs").get(17);
        assertThat(p17.get("translation").asText()).contains("Sam Altman").doesNotContain("Altmann");
        assertThat(p17.get("checks")).isEmpty();
        Set<String> sources = new HashSet<>();
        for (JsonNode entry : article.get("glossary")) {
            assertThat(sources.add(entry.get("source").asText())).isTrue();
        }
        assertThat(sources).containsAll(FakeProvider.GLOSSARY.keySet());
        assertThat(article.get("glossary"))
                .filteredOn(e -> e.get("source").asText().equals("سام ألتمان"))
                .singleElement()
                .satisfies(e -> assertThat(e.get("target").asText()).isEqualTo("Sam Altman"));
        assertThat(article.get("paragraphs"))
                .allSatisfy(p -> assertThat(p.get("translation").asText()).doesNotContain("Altmann"));

        int asked = fake.requests().size();
        CliRun.Result rerun = new CliRun(dir).against(fake).run("translate", "sample.txt", "--batch-tokens", "300");
        assertThat(rerun.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(fake.requests())
                .as("the rerun agrees the same way, from the cache")
                .hasSize(asked);
        assertThat(article("output").get("glossary")).isEqualTo(article.get("glossary"));
    }

    @Test
    void theGlossaryPassReadsATwoThousandParagraphArticleInPartsWithinTheBudget() throws IOException {
        Files.writeString(dir.resolve("long.txt"), Samples.longArticle(2_000), StandardCharsets.UTF_8);

        CliRun.Result result = new CliRun(dir)
                .against(fake)
                .run("translate", "long.txt", "--glossary-pass", "--context-tokens", "16000", "-j", "8", "-q");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(fake.requestsOfKind("article_glossary")).hasSizeGreaterThan(8);
        assertEveryRequestWithin(16_000);
        JsonNode glossary =
                JSON.readTree(dir.resolve("output/long/article.json").toFile()).get("glossary");
        assertThat(glossary)
                .filteredOn(e -> e.get("source").asText().equals("سام ألتمان"))
                .singleElement()
                .satisfies(e -> assertThat(e.get("target").asText())
                        .as("each part proposed Sam Altman and Sam Altmann once: the first wins the tie")
                        .isEqualTo("Sam Altman"));
    }

    @Test
    void withoutTheGlossaryNothingIsAgreedAndNothingAskedAgain() throws IOException {
        fake.withOverride(altmannInTheBatchOf17());

        CliRun.Result result =
                new CliRun(dir).against(fake).run("translate", "sample.txt", "--batch-tokens", "300", "--no-glossary");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(fake.requestsOfKind("paragraph_translation")).isEmpty();
        assertThat(article("output").get("glossary")).isEmpty();
    }

    @Test
    void theBriefReadsTheTranslationsOnlyAndTakesOriginalSpellingsFromTheGlossary() throws IOException {
        CliRun.Result result = new CliRun(dir).against(fake).run("translate", "sample.txt");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        FakeProvider.Recorded brief = fake.requestsOfKind("article_brief").get(0);
        assertThat(brief.userMessage())
                .as("no source text: the translations carry the article")
                .doesNotContainPattern("[\\u0600-\\u06FF]")
                .contains("[17] Translation of paragraph");
        assertThat(article("output").at("/brief/entities/0/original").asText()).isEqualTo("سام ألتمان");
    }

    @Test
    void aTwoThousandParagraphArticleStaysWithinTheContextBudgetAndItsBriefCitesItsParagraphs() throws IOException {
        Files.writeString(dir.resolve("long.txt"), Samples.longArticle(2_000), StandardCharsets.UTF_8);
        // one batch in the middle of the article spells a name otherwise
        fake.withOverride(r ->
                r.kind().equals("paragraph_batch") && r.userMessage().contains("(1000) ")
                        ? altmannInTheBatchOf17()
                                .apply(new FakeProvider.Recorded(
                                        r.number(),
                                        r.path(),
                                        r.authorization(),
                                        r.body(),
                                        r.kind(),
                                        r.paragraph(),
                                        r.attemptForParagraph(),
                                        r.systemMessage(),
                                        r.userMessage() + "\n" + P17,
                                        r.receivedNanos()))
                        : null);

        CliRun.Result result = new CliRun(dir).against(fake).run("translate", "long.txt", "-j", "8", "-q");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertEveryRequestWithin(32_000);
        List<FakeProvider.Recorded> briefs = fake.requestsOfKind("article_brief");
        assertThat(briefs).as("parts, then the brief over them").hasSizeGreaterThan(2);
        JsonNode article = JSON.readTree(dir.resolve("output/long/article.json").toFile());
        int paragraphs = article.get("paragraphs").size();
        assertThat(paragraphs).isEqualTo(2_000);
        JsonNode brief = article.get("brief");
        List<Integer> cited = new ArrayList<>();
        brief.get("key_points_cited").forEach(p -> p.get("sources").forEach(s -> cited.add(s.asInt())));
        brief.get("key_figures").forEach(f -> f.get("sources").forEach(s -> cited.add(s.asInt())));
        assertThat(cited).isNotEmpty().allSatisfy(id -> assertThat(id).isBetween(0, paragraphs - 1));
        assertThat(cited)
                .as("the parts' citations survive into the article's brief")
                .anySatisfy(id -> assertThat(id).isGreaterThan(0));
        Set<String> renderings = new HashSet<>();
        article.get("glossary").forEach(e -> {
            if (e.get("source").asText().equals("سام ألتمان")) {
                renderings.add(e.get("target").asText());
            }
        });
        assertThat(renderings).containsExactly("Sam Altman");
        assertThat(fake.requestsOfKind("paragraph_translation"))
                .as("the paragraphs of the batch that spelt it otherwise, asked again")
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.userMessage()).contains("سام ألتمان → Sam Altman"));
        assertThat(article.get("paragraphs"))
                .allSatisfy(p -> assertThat(p.get("translation").asText()).doesNotContain("Altmann"));
    }
}
