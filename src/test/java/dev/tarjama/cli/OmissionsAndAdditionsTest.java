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
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model that makes one fault in every paragraph (after the corrective re-ask too), on the sample and on a
 * 200-paragraph article, and the share of paragraphs the checks flag for it. The rates are printed; the floors
 * asserted are what the checks achieve today.
 */
class OmissionsAndAdditionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INVENTED =
            "The company also announced that its chief executive will resign next month, according to sources.";

    @TempDir
    Path dir;

    FakeProvider fake;

    @BeforeEach
    void start() throws IOException {
        fake = new FakeProvider();
        Samples.copyCodeRed(dir, "sample.txt");
        Files.writeString(dir.resolve("long.txt"), Samples.longArticle(200), StandardCharsets.UTF_8);
    }

    @AfterEach
    void stop() throws IOException {
        fake.close();
    }

    /** Every paragraph answered with {@code fault} applied to what a faithful model would say, re-asks included. */
    private void everyParagraph(UnaryOperator<String> fault) {
        fake.withOverride(r -> r.paragraph() == null
                ? null
                : FakeProvider.completion(JSON.createObjectNode()
                        .put(
                                "translation",
                                fault.apply(FakeProvider.faithfulTranslation(r.paragraph(), r.userMessage())))
                        .put("summary", "A summary.")
                        .toString()));
    }

    /** The share of paragraphs of {@code minChars}+ source characters that a check named {@code check} flagged. */
    private double flaggedShare(String input, UnaryOperator<String> fault, String check, int minChars, String label)
            throws IOException {
        everyParagraph(fault);
        CliRun.Result result = new CliRun(dir)
                .perParagraph()
                .against(fake)
                .run("translate", input, "--no-glossary", "-j", "8", "-o", "out-" + label);
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        String folder = input.substring(0, input.indexOf('.'));
        JsonNode article = JSON.readTree(dir.resolve("out-" + label)
                .resolve(folder)
                .resolve("article.json")
                .toFile());
        int considered = 0;
        int flagged = 0;
        for (JsonNode p : article.get("paragraphs")) {
            if (p.get("source").asText().length() < minChars) {
                continue;
            }
            considered++;
            for (JsonNode c : p.get("checks")) {
                if (c.get("check").asText().equals(check)) {
                    flagged++;
                    break;
                }
            }
        }
        double share = 100.0 * flagged / considered;
        System.out.printf(
                Locale.ROOT,
                "%-40s %s: %d of %d paragraphs flagged (%.1f%%)%n",
                label,
                input,
                flagged,
                considered,
                share);
        return share;
    }

    private static String secondHalfDropped(String translation) {
        int cut = translation.lastIndexOf(' ', translation.length() / 2);
        return translation.substring(0, cut > 0 ? cut : translation.length() / 2);
    }

    @Test
    void aDroppedSecondHalfIsFlaggedInEveryParagraphOfUsefulLength() throws IOException {
        for (String input : new String[] {"sample.txt", "long.txt"}) {
            assertThat(flaggedShare(
                            input, OmissionsAndAdditionsTest::secondHalfDropped, "completeness", 120, "half-" + input))
                    .isGreaterThanOrEqualTo(95.0);
        }
    }

    @Test
    void anInventedSentenceIsFlaggedWhereItIsLargeBesideTheParagraph() throws IOException {
        double sample = flaggedShare("sample.txt", t -> t + " " + INVENTED, "completeness", 120, "added-sample");
        double sampleShort =
                flaggedShare("sample.txt", t -> t + " " + INVENTED, "completeness", 20, "added-sample-all");
        double longArticle = flaggedShare("long.txt", t -> t + " " + INVENTED, "completeness", 120, "added-long");
        // the goal is 90%: length alone misses an added sentence beside the longest paragraphs (measured 88% and 85%)
        assertThat(sample).isGreaterThanOrEqualTo(85.0);
        assertThat(sampleShort).isGreaterThanOrEqualTo(85.0);
        assertThat(longArticle).isGreaterThanOrEqualTo(80.0);
    }

    @Test
    void aScaleWordChangedByAThousandIsAlwaysFlagged() throws IOException {
        UnaryOperator<String> billionsToMillions = t -> t.replace(" billion", " million");
        double share = flaggedShareOfScaled(billionsToMillions);
        assertThat(share).isEqualTo(100.0);
    }

    /** The share of the sample's paragraphs with a figure in billions whose changed scale was flagged. */
    private double flaggedShareOfScaled(UnaryOperator<String> fault) throws IOException {
        everyParagraph(fault);
        CliRun.Result result = new CliRun(dir)
                .perParagraph()
                .against(fake)
                .run("translate", "sample.txt", "--no-glossary", "-o", "out-scale");
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        JsonNode article =
                JSON.readTree(dir.resolve("out-scale/sample/article.json").toFile());
        int scaled = 0;
        int flagged = 0;
        for (JsonNode p : article.get("paragraphs")) {
            if (!p.get("source").asText().matches("(?s).*[0-9٠-٩]\\s*(مليار|مليارات).*")) {
                continue;
            }
            scaled++;
            for (JsonNode c : p.get("checks")) {
                if (c.get("check").asText().equals("numbers")) {
                    flagged++;
                    break;
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "billion → million: %d of %d paragraphs with a figure in billions flagged%n",
                flagged,
                scaled);
        assertThat(scaled).isGreaterThanOrEqualTo(5);
        return 100.0 * flagged / scaled;
    }
}
