package dev.tarjama.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tarjama.GlossaryMode;
import dev.tarjama.Options;
import dev.tarjama.internal.llm.SlidingWindowBudget;
import dev.tarjama.model.CycleReport;
import dev.tarjama.testing.CliRun;
import dev.tarjama.testing.FakeProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rate limit holds for the run, not for each article: eight articles translated side by side, eight requests in
 * flight, and still no window ever sees more requests than the limit allows (the limit counted here over a two-second
 * window instead of a minute, so that the test takes seconds).
 */
class WatcherRateTest {
    private static final int LIMIT = 5;
    private static final Duration WINDOW = Duration.ofSeconds(2);

    @TempDir
    Path dir;

    FakeProvider fake;

    @BeforeEach
    void start() throws IOException {
        fake = new FakeProvider().withFixedDelay(Duration.ofMillis(100));
    }

    @AfterEach
    void stop() throws IOException {
        fake.close();
    }

    @Test
    void noWindowSeesMoreRequestsThanTheLimitWhateverArticleTheyComeFrom() throws IOException {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        for (int i = 1; i <= 8; i++) {
            Path file = inbox.resolve("article-" + i + ".txt");
            Files.writeString(
                    file,
                    "خبر " + i + "\n\nافتتحت القمة الاقتصادية في الرياض اليوم بمشاركة " + i
                            + " وفدا.\n\nوقال المسؤولون إن الخط الجديد سيخدم سكان المدينة كلها.\n");
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        }
        try (Tarjama tarjama = Tarjama.builder()
                        .backend("openai", fake.baseUrl(), CliRun.KEY, "fake")
                        .options(Options.builder()
                                .concurrency(8)
                                .glossaryMode(GlossaryMode.OFF)
                                .formats(List.of("json"))
                                .build())
                        .rateBudget(new SlidingWindowBudget(LIMIT, 0, WINDOW, System::nanoTime))
                        .build();
                Watcher watcher = Watcher.builder(tarjama, dir.resolve("out"))
                        .source(WatchSource.folder(inbox))
                        .articlesInFlight(8)
                        .build()) {
            CycleReport report = watcher.runOnce();

            assertThat(report.translated())
                    .as(report.line(java.time.ZoneOffset.UTC))
                    .isEqualTo(8);
        }
        List<Long> arrivals = fake.requests().stream()
                .map(FakeProvider.Recorded::receivedNanos)
                .sorted()
                .toList();
        assertThat(arrivals).hasSizeGreaterThan(2 * LIMIT);
        for (int i = LIMIT; i < arrivals.size(); i++) {
            long apart = arrivals.get(i) - arrivals.get(i - LIMIT);
            assertThat(TimeUnit.NANOSECONDS.toMillis(apart))
                    .as("requests %d and %d of %d arrived within one window", i - LIMIT, i, arrivals.size())
                    .isGreaterThanOrEqualTo(WINDOW.toMillis());
        }
    }
}
