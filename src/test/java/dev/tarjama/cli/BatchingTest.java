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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paragraphs asked together: one request for the sample, and a batch answer that does not account for its ids —
 * shuffled, one missing, one unknown, two swapped — never puts a translation beside another paragraph's source.
 * What is not right is split in half and asked again; each paragraph's answer is cached on its own.
 */
class BatchingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

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

    private CliRun.Result run(String... extra) {
        List<String> args =
                new ArrayList<>(List.of("translate", "sample.txt", "--batch-tokens", "5000", "--plan", "cheapest"));
        args.addAll(List.of(extra));
        return new CliRun(dir).against(fake).run(args.toArray(String[]::new));
    }

    private JsonNode article() throws IOException {
        return JSON.readTree(dir.resolve("output/sample/article.json").toFile());
    }

    /** Every paragraph's translation is the one made from its own source, and nothing is flagged. */
    private void assertEveryParagraphBesideItsOwnSource() throws IOException {
        JsonNode article = article();
        assertThat(article.get("paragraphs")).hasSize(20);
        for (JsonNode p : article.get("paragraphs")) {
            assertThat(p.get("status").asText()).isEqualTo("ok");
            assertThat(p.get("translation").asText())
                    .as("paragraph %s", p.get("index"))
                    .startsWith("Translation of paragraph "
                            + FakeProvider.fingerprint(p.get("source").asText()) + ":");
            assertThat(p.get("checks")).as("paragraph %s", p.get("index")).isEmpty();
        }
    }

    private List<FakeProvider.Recorded> translationRequests() {
        return fake.requests().stream()
                .filter(r -> r.kind().startsWith("paragraph_"))
                .toList();
    }

    /** The first batch answer corrupted by {@code fault}; every later request answered faithfully. */
    private void firstBatchAnswer(UnaryOperator<List<Map.Entry<String, String>>> fault) {
        AtomicBoolean done = new AtomicBoolean();
        fake.withOverride(r -> {
            if (!r.kind().equals("paragraph_batch") || done.getAndSet(true)) {
                return null;
            }
            List<Map.Entry<String, String>> items =
                    new ArrayList<>(FakeProvider.faithfulBatch(r.userMessage()).entrySet());
            return fake.batchAnswer(fault.apply(items));
        });
    }

    @Test
    void theSampleIsTranslatedInOneRequestWithTheSameChecksAsOneParagraphAtATime() throws IOException {
        CliRun.Result batched = run();

        assertThat(batched.exitCode()).as(batched.err()).isEqualTo(ExitCodes.OK);
        assertEveryParagraphBesideItsOwnSource();
        assertThat(fake.requests()).as("one batch, the brief").hasSize(2);
        assertThat(translationRequests())
                .extracting(FakeProvider.Recorded::kind)
                .containsExactly("paragraph_batch");
        FakeProvider.Recorded batch = translationRequests().get(0);
        assertThat(FakeProvider.batchBlocks(batch.userMessage())).hasSize(20).containsKeys("p0", "p19");
        assertThat(batch.systemMessage())
                .as("the system prompt carries no per-request token")
                .doesNotContainPattern("[0-9a-f]{12}");

        JsonNode qa = article().get("qa");
        CliRun.Result single = new CliRun(dir)
                .against(fake)
                .run("translate", "sample.txt", "--batch-tokens", "0", "-o", "single", "--no-cache");
        assertThat(single.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(JSON.readTree(dir.resolve("single/sample/article.json").toFile())
                        .get("qa"))
                .isEqualTo(qa);
    }

    @Test
    void answersInAnotherOrderLandBesideTheirOwnSources() throws IOException {
        firstBatchAnswer(items -> {
            Collections.shuffle(items, new java.util.Random(7));
            return items;
        });

        assertThat(run().exitCode()).isEqualTo(ExitCodes.OK);

        assertEveryParagraphBesideItsOwnSource();
        assertThat(translationRequests()).hasSize(1);
    }

    @Test
    void aMissingIdSplitsTheBatchAndAsksEachHalfAgain() throws IOException {
        firstBatchAnswer(items -> {
            items.removeIf(item -> item.getKey().equals("p5"));
            return items;
        });

        assertThat(run().exitCode()).isEqualTo(ExitCodes.OK);

        assertEveryParagraphBesideItsOwnSource();
        assertBisectedOnce();
    }

    @Test
    void anUnknownIdSplitsTheBatch() throws IOException {
        firstBatchAnswer(items -> {
            items.set(3, Map.entry("p99", items.get(3).getValue()));
            return items;
        });

        assertThat(run().exitCode()).isEqualTo(ExitCodes.OK);

        assertEveryParagraphBesideItsOwnSource();
        assertBisectedOnce();
    }

    @Test
    void aDuplicatedIdSplitsTheBatch() throws IOException {
        firstBatchAnswer(items -> {
            items.set(4, Map.entry("p3", items.get(4).getValue()));
            return items;
        });

        assertThat(run().exitCode()).isEqualTo(ExitCodes.OK);

        assertEveryParagraphBesideItsOwnSource();
        assertBisectedOnce();
    }

    @Test
    void twoTranslationsSwappedBetweenIdsAreCaughtByTheirFiguresAndAskedAgain() throws IOException {
        firstBatchAnswer(items -> {
            // ¶1 carries 157 billion, ¶4 carries 6.6 billion
            String first = items.get(1).getValue();
            items.set(1, Map.entry("p1", items.get(4).getValue()));
            items.set(4, Map.entry("p4", first));
            return items;
        });

        assertThat(run().exitCode()).isEqualTo(ExitCodes.OK);

        assertEveryParagraphBesideItsOwnSource();
        assertBisectedOnce();
    }

    @Test
    void aModelThatCannotAnswerABatchIsAskedParagraphByParagraphAtOnce() throws IOException {
        fake.withOverride(r -> r.kind().equals("paragraph_batch") ? fake.batchAnswer(List.of()) : null);

        assertThat(run().exitCode()).isEqualTo(ExitCodes.OK);

        assertThat(translationRequests())
                .extracting(FakeProvider.Recorded::kind)
                .as("one batch, then each paragraph alone, with no halves in between")
                .containsExactlyElementsOf(java.util.stream.Stream.concat(
                                java.util.stream.Stream.of("paragraph_batch"),
                                java.util.Collections.nCopies(20, "paragraph_translation").stream())
                        .toList());
        assertEveryParagraphBesideItsOwnSource();
    }

    @Test
    void everyBatchAnswerMissingAnIdIsSplitAndThePartsGoOutTogether() throws IOException {
        fake.withFixedDelay(Duration.ofMillis(300));
        fake.withOverride(r -> {
            if (!r.kind().equals("paragraph_batch")) {
                return null;
            }
            List<Map.Entry<String, String>> items =
                    new ArrayList<>(FakeProvider.faithfulBatch(r.userMessage()).entrySet());
            items.remove(0);
            return fake.batchAnswer(items);
        });

        CliRun.Result result = run("-j", "8", "-v");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertEveryParagraphBesideItsOwnSource();
        assertThat(result.err())
                .contains("batch p0–p19: id p0 missing → 2 requests")
                .contains("batch p10–p19: id p10 missing → 2 requests");
        List<Long> arrivals = translationRequests().stream()
                .map(FakeProvider.Recorded::receivedNanos)
                .sorted()
                .toList();
        int most = 0;
        for (int i = 0; i < arrivals.size(); i++) {
            int j = i;
            while (j < arrivals.size() && arrivals.get(j) - arrivals.get(i) < 250_000_000L) {
                j++;
            }
            most = Math.max(most, j - i); // sent within 250 ms of each other, each answered after 300 ms
        }
        assertThat(most).as("requests in flight at once during the splits").isGreaterThanOrEqualTo(4);
    }

    /** The whole batch, then its two halves, each answered. */
    private void assertBisectedOnce() {
        List<Integer> sizes = translationRequests().stream()
                .map(r -> FakeProvider.batchBlocks(r.userMessage()).size())
                .sorted(Collections.reverseOrder())
                .toList();
        assertThat(sizes).containsExactly(20, 10, 10);
    }

    @Test
    void eachParagraphIsCachedOnItsOwnSoARerunAsksNothingAndAnEditAsksOneParagraph() throws IOException {
        assertThat(run().exitCode()).isEqualTo(ExitCodes.OK);
        int first = fake.requests().size();

        assertThat(run().exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(fake.requests()).as("a rerun asks nothing").hasSize(first);

        String text = Files.readString(dir.resolve("sample.txt"), StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("sample.txt"), text.replace("بينما كان العالم يحتفل", "بينما كان العالم كله يحتفل"));
        assertThat(run().exitCode()).isEqualTo(ExitCodes.OK);

        List<FakeProvider.Recorded> after =
                fake.requests().subList(first, fake.requests().size());
        assertThat(after)
                .extracting(FakeProvider.Recorded::kind)
                .as("the edited paragraph alone and the brief")
                .containsExactlyInAnyOrder("paragraph_translation", "article_brief");
        assertEveryParagraphBesideItsOwnSource();
    }

    @Test
    void aNegativeBatchSizeIsAUsageError() {
        CliRun.Result result = new CliRun(dir).against(fake).run("translate", "sample.txt", "--batch-tokens", "-1");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--batch-tokens must be 0");
        assertThat(fake.requests()).isEmpty();
    }
}
