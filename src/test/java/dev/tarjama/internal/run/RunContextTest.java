package dev.tarjama.internal.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tarjama.ArticleSource;
import dev.tarjama.Backend;
import dev.tarjama.Cancellation;
import dev.tarjama.Options;
import dev.tarjama.Reporter;
import dev.tarjama.internal.llm.BackendConfig;
import dev.tarjama.internal.llm.PriceTable;
import dev.tarjama.internal.llm.SlidingWindowBudget;
import dev.tarjama.testing.CliRun;
import dev.tarjama.testing.FakeProvider;
import dev.tarjama.testing.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One run's shared limits over every article it translates, against a fake provider over HTTP. */
class RunContextTest {
    @TempDir
    Path dir;

    FakeProvider fake;

    @BeforeEach
    void start() throws IOException {
        fake = new FakeProvider();
    }

    @AfterEach
    void stop() throws IOException {
        fake.close();
    }

    @Test
    void aRequestsPerMinuteLimitHoldsAcrossEveryArticleOfTheRun() throws IOException {
        Duration window = Duration.ofSeconds(2); // a minute, shortened: the budget is the same code either way
        List<Path> articles = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Path article = dir.resolve("article-" + i + ".txt");
            Files.writeString(article, Samples.codeRedText() + "\n\nفقرة رقم " + (i + 1) + " في نهاية المقال.\n");
            articles.add(article);
        }
        Options options = Options.builder()
                .batchTokens(0)
                .lexicon(dev.tarjama.Lexicon.OFF) // the fake's synthetic English: no dictionary explains it
                .build(); // 22 requests per article: work for the limit
        BackendConfig backend =
                BackendConfig.of(new Backend("openai", "gpt-test", fake.baseUrl(), CliRun.KEY, null), options);
        try (RunContext run = new RunContext(
                options,
                new RunContext.Parts(
                        backend,
                        ModelConnector.forBackend(backend, null),
                        new SlidingWindowBudget(30, 0, window, System::nanoTime),
                        null,
                        PriceTable.defaults(),
                        Reporter.NONE,
                        Clock.systemUTC(),
                        new Cancellation(),
                        ProcessResources.forOneRun()))) {
            for (Path article : articles) {
                assertThat(run.pipeline()
                                .translate(run.loader().load(ArticleSource.file(article), null), List.of())
                                .failedCount())
                        .isZero();
            }
        }

        List<Long> arrivals = fake.requests().stream()
                .map(FakeProvider.Recorded::receivedNanos)
                .sorted()
                .toList();
        assertThat(arrivals).hasSize(3 * 22);
        for (long from : arrivals) {
            long inWindow = arrivals.stream()
                    .filter(t -> t >= from && t < from + window.toNanos())
                    .count();
            assertThat(inWindow).as("requests in the window from %d", from).isLessThanOrEqualTo(30);
        }
    }
}
