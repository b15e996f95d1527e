package dev.tarjama.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One page per way extraction used to fail on pages it had never seen, in Arabic and in French, read as
 * {@code tarjama extract} reads them and judged with the benchmark's metric: chrome words in the names of the
 * article's own containers, page-builder (Elementor) markup, a table and a caption inside the article, invisible
 * characters inside words, a three-line post beside a sidebar of longer prose, a short article beside an off-canvas
 * panel of placeholder text, and feed-carried content with furniture lines. Every page must keep all of its article and none of its chrome.
 */
class ExtractionFailureModesTest {
    private static final Path MODES = Path.of("src", "test", "resources", "extraction-modes");

    private static ExtractionBenchmark bench;
    private static List<ExtractionScore.PageScore> scores;

    @BeforeAll
    static void read() throws IOException {
        bench = new ExtractionBenchmark();
        scores = bench.score(MODES.resolve("pages"), MODES.resolve("gold.json"), page -> true)
                .pages();
    }

    @AfterAll
    static void close() {
        bench.close();
    }

    static Stream<String> pages() throws IOException {
        return ExtractionScore.gold(MODES.resolve("gold.json")).properties().stream()
                .map(java.util.Map.Entry::getKey);
    }

    @Test
    void aTableRowReadsAsOneLine() {
        String text = bench.extract(MODES.resolve("pages").resolve("fr-table.html"));
        assertThat(text.lines()).contains("Gaz, chauffage 0,1194 €/kWh 0,1102 €/kWh", "Offre Ancien prix Nouveau prix");
    }

    @ParameterizedTest
    @MethodSource("pages")
    void keepsTheArticleAndNothingElse(String page) {
        ExtractionScore.PageScore score =
                scores.stream().filter(s -> s.page().equals(page)).findFirst().orElseThrow();
        assertThat(score.missed()).as(page + ": article text missing").isEmpty();
        assertThat(score.leaked()).as(page + ": chrome in the output").isEmpty();
        assertThat(score.tp()).as(page).isPositive();
    }
}
