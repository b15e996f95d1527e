package dev.tarjama.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tarjama.model.Flag;
import dev.tarjama.model.GlossaryEntry;
import dev.tarjama.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs every check over 13,290 Arabic→English human translations (Tatoeba, kept outside the repository in
 * {@code ../shared/parallel/}). Human translations are correct by definition, so every flag is a false alarm:
 * at most 1% of all pairs overall, and at most 5% of the pairs each check applies to.
 */
class HumanTranslationCalibrationTest {
    /** The names that run through the test set, so the terminology check has a glossary to hold them to. */
    private static final List<GlossaryEntry> NAMES = List.of(
            new GlossaryEntry("توم", "Tom", "person", "", "user"),
            new GlossaryEntry("سامي", "Sami", "person", "", "user"),
            new GlossaryEntry("ليلى", "Layla", "person", "", "user"),
            new GlossaryEntry("فاضل", "Fadil", "person", "", "user"),
            new GlossaryEntry("ماري", "Mary", "person", "", "user"));

    @Test
    void checksRaiseFewFalseAlarmsOnHumanTranslations() throws IOException {
        List<String> lines =
                Files.readAllLines(SharedData.require("parallel/tatoeba-ara-eng.test.tsv"), StandardCharsets.UTF_8);
        ParagraphChecks checks = ParagraphChecks.standard();
        Map<String, int[]> perCheck = new LinkedHashMap<>(); // name -> {applies, flagged}
        checks.all().forEach(c -> perCheck.put(c.name(), new int[2]));
        int pairs = 0;
        int flaggedPairs = 0;
        StringBuilder examples = new StringBuilder();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            if (f.length < 4) {
                continue;
            }
            pairs++;
            CheckInput input = new CheckInput(f[2], f[3], "ar", "en", NAMES);
            boolean any = false;
            for (ParagraphCheck check : checks.all()) {
                if (!check.appliesTo(input)) {
                    continue;
                }
                int[] counts = perCheck.get(check.name());
                counts[0]++;
                List<Flag> flags = check.check(input);
                if (!flags.isEmpty()) {
                    counts[1]++;
                    any = true;
                    examples.append("  ")
                            .append(f[2])
                            .append(" | ")
                            .append(f[3])
                            .append(" -> ")
                            .append(flags)
                            .append('\n');
                }
            }
            if (any) {
                flaggedPairs++;
            }
        }

        double overall = 100.0 * flaggedPairs / pairs;
        System.out.printf(
                Locale.ROOT,
                "false alarms on %d human translations: %d pairs (%.2f%%)%n",
                pairs,
                flaggedPairs,
                overall);
        perCheck.forEach((name, c) -> System.out.printf(
                Locale.ROOT,
                "  %-13s applies to %5d pairs, flags %3d (%.2f%%)%n",
                name,
                c[0],
                c[1],
                c[0] == 0 ? 0.0 : 100.0 * c[1] / c[0]));
        System.out.print(examples);

        assertThat(pairs).isEqualTo(13_290);
        assertThat(overall).as("overall false-alarm rate, %").isLessThanOrEqualTo(1.0);
        perCheck.forEach((name, c) -> assertThat(c[0] == 0 ? 0.0 : 100.0 * c[1] / c[0])
                .as("false-alarm rate of the %s check, %%", name)
                .isLessThanOrEqualTo(5.0));
        assertThat(perCheck.get("terminology")[0])
                .as("pairs the terminology check applies to")
                .isGreaterThan(2500);
        assertThat(perCheck.get("numbers")[0])
                .as("pairs the numbers check applies to")
                .isGreaterThan(250);
    }
}
