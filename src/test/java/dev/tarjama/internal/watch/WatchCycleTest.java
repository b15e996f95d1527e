package dev.tarjama.internal.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tarjama.ArticleSource;
import dev.tarjama.LoadedArticle;
import dev.tarjama.api.Written;
import dev.tarjama.internal.http.Validators;
import dev.tarjama.internal.source.Polled;
import dev.tarjama.internal.store.ArticleKey;
import dev.tarjama.internal.store.JdbcLedger;
import dev.tarjama.internal.store.Ledger;
import dev.tarjama.internal.store.LedgerEntries;
import dev.tarjama.model.Article;
import dev.tarjama.model.ArticleCard;
import dev.tarjama.model.CycleReport;
import dev.tarjama.model.Paragraph;
import dev.tarjama.model.ParagraphKind;
import dev.tarjama.model.Spent;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cycle against its ledger with a metered fake translator: the daily cost budget across cycles and days. */
class WatchCycleTest {
    @TempDir
    Path dir;

    private Spent total = Spent.NONE;
    private final List<String> translated = new ArrayList<>();

    /** One cycle with the feed due, translated by a fake run whose every article costs 3 requests and $0.40. */
    private CycleReport cycle(Ledger ledger, List<LoadedArticle> articles, Budget budget, Clock clock) {
        WatchedRun run = new WatchedRun() {
            @Override
            public Polled read(ArticleSource source, Validators known) {
                return new Polled(articles, Validators.NONE, false, 0);
            }

            @Override
            public Written translate(LoadedArticle article) {
                translated.add(article.identity());
                Spent cost = new Spent(3, 1000, 0.40); // what the article's requests cost
                total = total.plus(cost);
                return new Written(article.identity(), true, false, null, card(article.identity()), cost);
            }

            @Override
            public Spent spent() {
                return total;
            }

            @Override
            public boolean backendAnswered() {
                return true;
            }

            @Override
            public void resumeBackend() {}
        };
        WatchSettings settings =
                new WatchSettings(budget, LedgerEntries.LIFECYCLE, "test-worker", Duration.ofMinutes(2), 1, false);
        WatchedSource feed = new WatchedSource(FEED, Schedule.every(Duration.ofMinutes(5)), run);
        return new WatchCycle(
                        ledger, settings, List.of(feed), run, clock, () -> false, workers, renewals, WatchListener.NONE)
                .run(Map.of(feed, Duration.ofMinutes(5)));
    }

    private static final ArticleSource FEED = ArticleSource.url("https://example.org/feed");

    private final ExecutorService workers = Executors.newFixedThreadPool(2);
    private final ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stopThreads() {
        workers.shutdownNow();
        renewals.shutdownNow();
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
        // the ledger's clock is the watch's: one clock for both, moved between cycles
        java.util.concurrent.atomic.AtomicReference<Instant> now =
                new java.util.concurrent.atomic.AtomicReference<>(morning);
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        try (JdbcLedger ledger = JdbcLedger.sqlite(dir, clock)) {
            CycleReport first = cycle(ledger, five, oneDollar, clock);
            now.set(morning.plus(Duration.ofHours(4)));
            CycleReport noon = cycle(ledger, five, oneDollar, clock);
            now.set(morning.plus(Duration.ofDays(1)));
            CycleReport nextDay = cycle(ledger, five, oneDollar, clock);

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
            Spent firstItem = ledger.find(new ArticleKey(FEED.name(), "urn:item:0"), null)
                    .orElseThrow()
                    .spent();
            assertThat(firstItem.requests()).isEqualTo(3);
            assertThat(firstItem.costUsd()).isCloseTo(0.40, org.assertj.core.data.Offset.offset(1e-9));
        }
    }
}
