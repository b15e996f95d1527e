package dev.tarjama.internal.check;

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

    /**
     * Paragraph-length text made of the human translations: 2 to 12 pairs joined, from the half of the pairs the
     * length bounds were not fitted on (odd lines; the bounds come from the even ones). Every flag on them is a false
     * alarm; then each is damaged the two ways editors fear — the translation's second half dropped, a sentence of
     * 80–120 characters added — and the share flagged is the detection rate.
     */
    @Test
    void lengthBoundsHoldOnPseudoParagraphsAndCatchDroppedHalvesAndAddedSentences() throws IOException {
        List<String> lines =
                Files.readAllLines(SharedData.require("parallel/tatoeba-ara-eng.test.tsv"), StandardCharsets.UTF_8);
        List<String[]> fitted = new java.util.ArrayList<>();
        List<String[]> heldApart = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t", -1);
            if (f.length >= 4) {
                (i % 2 == 0 ? fitted : heldApart).add(new String[] {f[2], f[3]});
            }
        }
        List<String> added = heldApart.stream()
                .map(p -> p[1])
                .filter(t -> t.length() >= 80 && t.length() <= 120)
                .toList();
        java.util.Random random = new java.util.Random(20261129);
        ParagraphChecks checks = ParagraphChecks.standard();
        CompletenessCheck completeness = new CompletenessCheck();
        int paragraphs = 20_000;
        int falseAlarms = 0;
        Map<String, Integer> falseByCheck = new LinkedHashMap<>();
        int longEnough = 0;
        int halvesCaught = 0;
        int additionsCaught = 0;
        StringBuilder examples = new StringBuilder();
        for (int n = 0; n < paragraphs; n++) {
            int pairs = 2 + random.nextInt(11);
            StringBuilder source = new StringBuilder();
            StringBuilder translation = new StringBuilder();
            for (int k = 0; k < pairs; k++) {
                String[] pair = heldApart.get(random.nextInt(heldApart.size()));
                source.append(k == 0 ? "" : " ").append(pair[0]);
                translation.append(k == 0 ? "" : " ").append(pair[1]);
            }
            CheckInput clean = new CheckInput(source.toString(), translation.toString(), "ar", "en", List.of());
            List<Flag> flags = checks.run(clean);
            if (!flags.isEmpty()) {
                falseAlarms++;
                flags.stream().map(Flag::check).distinct().forEach(c -> falseByCheck.merge(c, 1, Integer::sum));
                if (examples.length() < 2_000) {
                    examples.append("  ").append(flags).append('\n');
                }
            }
            if (source.length() < 120) {
                continue;
            }
            longEnough++;
            String english = translation.toString();
            int cut = english.lastIndexOf(' ', english.length() / 2);
            String half = english.substring(0, cut > 0 ? cut : english.length() / 2);
            if (!completeness
                    .check(new CheckInput(source.toString(), half, "ar", "en", List.of()))
                    .isEmpty()) {
                halvesCaught++;
            }
            String longer = english + " " + added.get(random.nextInt(added.size()));
            if (!completeness
                    .check(new CheckInput(source.toString(), longer, "ar", "en", List.of()))
                    .isEmpty()) {
                additionsCaught++;
            }
        }
        double falseRate = 100.0 * falseAlarms / paragraphs;
        double halves = 100.0 * halvesCaught / longEnough;
        double additions = 100.0 * additionsCaught / longEnough;
        System.out.printf(
                Locale.ROOT,
                "pseudo-paragraphs (2-12 held-apart pairs): %d, false alarms %d (%.2f%%) %s%n"
                        + "of %d with 120+ source characters: second half dropped caught %.1f%%, a sentence of"
                        + " 80-120 characters added caught %.1f%%%n",
                paragraphs,
                falseAlarms,
                falseRate,
                falseByCheck,
                longEnough,
                halves,
                additions);
        System.out.print(examples);
        printQuantiles(fitted, random);

        assertThat(falseRate).as("false alarms on pseudo-paragraphs, %").isLessThanOrEqualTo(1.0);
        assertThat(halves).as("dropped second halves caught, %").isGreaterThanOrEqualTo(95.0);
        // the goal is 90%: length alone catches an addition only where it is large beside the paragraph
        assertThat(additions).as("added sentences caught, %").isGreaterThanOrEqualTo(50.0);
    }

    /** The log-ratio's quantiles by source length on the fitted half: what LengthBounds' constants come from. */
    private static void printQuantiles(List<String[]> fitted, java.util.Random random) {
        int[][] bins = {{20, 60}, {60, 120}, {120, 200}, {200, 300}, {300, 450}};
        List<List<Double>> logs = new java.util.ArrayList<>();
        for (int[] ignored : bins) {
            logs.add(new java.util.ArrayList<>());
        }
        for (int n = 0; n < 20_000; n++) {
            int pairs = 2 + random.nextInt(11);
            int s = 0;
            int t = -1;
            for (int k = 0; k < pairs; k++) {
                String[] pair = fitted.get(random.nextInt(fitted.size()));
                s += pair[0].length() + (k == 0 ? 0 : 1);
                t += pair[1].length() + 1;
            }
            for (int b = 0; b < bins.length; b++) {
                if (s >= bins[b][0] && s < bins[b][1]) {
                    logs.get(b).add(Math.log((double) t / s / LengthBounds.TYPICAL_RATIO));
                }
            }
        }
        for (int b = 0; b < bins.length; b++) {
            List<Double> sorted = logs.get(b).stream().sorted().toList();
            if (sorted.size() < 100) {
                continue;
            }
            int mid = (bins[b][0] + bins[b][1]) / 2;
            System.out.printf(
                    Locale.ROOT,
                    "  source %3d-%3d chars (%5d): log-ratio 0.1%% %.3f / 99.9%% %.3f; bounds at %d: %.3f / %.3f%n",
                    bins[b][0],
                    bins[b][1],
                    sorted.size(),
                    sorted.get(sorted.size() / 1000),
                    sorted.get(sorted.size() - 1 - sorted.size() / 1000),
                    mid,
                    Math.log(LengthBounds.minRatio(mid) / LengthBounds.TYPICAL_RATIO),
                    Math.log(LengthBounds.maxRatio(mid) / LengthBounds.TYPICAL_RATIO));
        }
    }
}
