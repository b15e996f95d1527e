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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The storms providers really produce: a 429 that says when to come back is the server pacing the run, not a
 * failure, and must be waited out; 5xx and truncated answers are retried. Every seed must end with every paragraph.
 */
class RetryStormIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void thirtyPercent429sTenPercent500sAndFivePercentTruncatedAnswersStillTranslateEverything(long seed)
            throws IOException {
        assertEveryParagraphSurvives(new FakeProvider.Faults(seed, 0.30, 0.10, 0.05));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {101, 102, 103})
    void sixtyPercent429sAreWaitedOutToo(long seed) throws IOException {
        assertEveryParagraphSurvives(new FakeProvider.Faults(seed, 0.60, 0.0, 0.0));
    }

    private void assertEveryParagraphSurvives(FakeProvider.Faults faults) throws IOException {
        Path run = Files.createTempDirectory(dir, "run");
        Samples.copyCodeRed(run, "a.txt");
        try (FakeProvider fake = new FakeProvider().withFaults(faults)) {
            CliRun.Result result = new CliRun(run)
                    .perParagraph()
                    .against(fake)
                    .run("translate", "a.txt", "-j", "4", "--retry-delay", "20ms");

            assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
            JsonNode article =
                    JSON.readTree(run.resolve("output/a/article.json").toFile());
            assertThat(article.get("paragraphs"))
                    .hasSize(20)
                    .allSatisfy(p -> assertThat(p.get("status").asText()).isEqualTo("ok"));
            assertThat(article.at("/usage/retries").asLong())
                    .as("faults were injected")
                    .isPositive();
        }
    }
}
