package dev.tarjama.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tarjama.article.LoadedArticle;
import dev.tarjama.model.Article;
import dev.tarjama.model.ArticleCard;
import dev.tarjama.model.Paragraph;
import dev.tarjama.model.ParagraphKind;
import dev.tarjama.source.ArticleSource;
import dev.tarjama.source.Validators;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cycle against its ledger with a metered fake translator: the daily cost budget across cycles and days. */
class WatchCycleTest {
    @TempDir
    Path dir;

    private Spent total = Spent.NONE;
    private final List<String> translated = new ArrayList<>();

    private WatchCycle cycle(Ledger ledger, List<LoadedArticle> articles, Budget budget, Instant at) {
        return new WatchCycle(
                ledger,
                (source, known) -> new SourceRead(articles, Validators.NONE, false, 0),
                (source, article) -> {
                    translated.add(article.identity());
                    total = total.plus(new Spent(3, 1000, 0.40)); // what the article's requests cost
                    return new WatchCycle.Written(article.identity(), true, false, null, card(article.identity()));
                },
                () -> total,
                budget,
                Clock.fixed(at, ZoneOffset.UTC),
                () -> false,
                "test-worker",
                Duration.ofMinutes(2));
    }

    private static ArticleCard card(String title) {
        return new ArticleCard(title, "", "ar", null, null, null, "", List.of(), 0, 0);
    }

    private static List<LoadedArticle> articles(int n) {
        return IntStream.range(0, n)
                .mapToObj(i -> LoadedArticle.of("item " + i, "urn:item:" + i, article("نص الخبر رقم " + i)))
                .toList();
    }

    private static Article article(String text) {
        Paragraph paragraph = new Paragraph(0, ParagraphKind.BODY, text, List.of(text));
        return new Article("x", "", "ar", "UTF-8", List.of(paragraph));
    }

    @Test
    void theDailyCostBudgetHoldsAcrossCyclesAndResumesTheNextDay() {
        Instant morning = Instant.parse("2026-11-29T08:00:00Z");
        Budget oneDollar = new Budget(null, null, 1.00);
        List<LoadedArticle> five = articles(5);
        Map<ArticleSource, Duration> source =
                Map.of(ArticleSource.url("https://example.org/feed"), Duration.ofMinutes(5));
        try (SqliteLedger ledger = SqliteLedger.under(dir)) {
            CycleReport first = cycle(ledger, five, oneDollar, morning).run(source);
            CycleReport noon = cycle(ledger, five, oneDollar, morning.plus(Duration.ofHours(4)))
                    .run(source);
            CycleReport nextDay = cycle(ledger, five, oneDollar, morning.plus(Duration.ofDays(1)))
                    .run(source);

            // $0.40 each: taken at $0, $0.40 and $0.80 spent; at $1.20 the day's budget is gone
            assertThat(first.translated()).isEqualTo(3);
            assertThat(first.deferred()).isEqualTo(2);
            assertThat(first.budgetReached()).startsWith("max_cost_per_day ($1.00) reached: $1.2000 spent today");
            assertThat(first.spent().requests()).isEqualTo(9);
            assertThat(first.spent().costUsd()).isCloseTo(1.20, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(noon.translated()).isZero();
            assertThat(noon.deferred()).isEqualTo(2);
            assertThat(nextDay.translated()).isEqualTo(2);
            assertThat(nextDay.unchanged()).isEqualTo(3);
            assertThat(nextDay.budgetReached()).isNull();
            assertThat(translated).doesNotHaveDuplicates().hasSize(5);
            assertThat(ledger.spentSince(morning).requests()).isEqualTo(15);
            Spent firstItem = ledger.find("urn:item:0").orElseThrow().spent();
            assertThat(firstItem.requests()).isEqualTo(3);
            assertThat(firstItem.costUsd()).isCloseTo(0.40, org.assertj.core.data.Offset.offset(1e-9));
        }
    }
}
