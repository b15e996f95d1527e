package dev.tarjama.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SiteFoldsTest {
    private static final ExtractionRules OTHER = new ExtractionRules(false, false, false, true);

    @Test
    void aPagesSiteIsItsHostOrTheSiteAnArchivedCopyKeeps() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThat(SiteFolds.site("a.html", json.readTree("{\"url\":\"https://www.zeit.de/2019/43/x\"}")))
                .isEqualTo("zeit.de");
        assertThat(SiteFolds.site(
                        "b.html",
                        json.readTree("{\"url\":\"http://web.archive.org/web/2019/https://blog.example.org/p\"}")))
                .isEqualTo("blog.example.org");
        assertThat(SiteFolds.site("c.html", json.readTree("{}"))).isEqualTo("c.html");
    }

    @Test
    void eachFoldIsScoredWithTheRulesTheOtherFoldsChose() {
        // one page per fold's site; the other rules win every page of fold 0's site and lose every other
        Map<String, String> siteOf = new HashMap<>();
        Map<String, ExtractionScore.PageScore> standard = new HashMap<>();
        Map<String, ExtractionScore.PageScore> other = new HashMap<>();
        for (int site = 0; siteOf.size() < 40; site++) {
            String name = "site" + site + ".example";
            String page = name + ".html";
            siteOf.put(page, name);
            boolean firstFold = SiteFolds.foldOf(name) == 0;
            standard.put(page, score(page, firstFold ? 1 : 3));
            other.put(page, score(page, firstFold ? 4 : 2));
        }
        Map<ExtractionRules, Map<String, ExtractionScore.PageScore>> scores = new LinkedHashMap<>();
        scores.put(ExtractionRules.STANDARD, standard);
        scores.put(OTHER, other);

        SiteFolds.Result result = SiteFolds.crossValidate(siteOf, scores);

        assertThat(result.folds()).hasSize(SiteFolds.FOLDS);
        assertThat(result.folds()).allSatisfy(fold -> assertThat(fold.chosen()).isEqualTo(ExtractionRules.STANDARD));
        // fold 0 is scored with what the others chose, not with what would have been best for it
        int expectedTp = siteOf.values().stream()
                .mapToInt(site -> SiteFolds.foldOf(site) == 0 ? 1 : 3)
                .sum();
        assertThat(result.totals().tp()).isEqualTo(expectedTp);
        assertThat(result.totals().pages()).isEqualTo(40);
        assertThat(result.folds().stream().mapToInt(f -> f.sites()).sum()).isEqualTo(40);
    }

    private static ExtractionScore.PageScore score(String page, int tp) {
        return new ExtractionScore.PageScore(page, tp, 0, 4 - tp, 1, List.of(), List.of());
    }
}
