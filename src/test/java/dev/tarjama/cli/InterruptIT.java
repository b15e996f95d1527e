package dev.tarjama.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tarjama.Cancellation;
import dev.tarjama.testing.CliRun;
import dev.tarjama.testing.FakeProvider;
import dev.tarjama.testing.JarProcess;
import dev.tarjama.testing.Samples;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C and SIGTERM while requests are stuck in flight — a slow model, a long 429 pause, a slow glossary request —
 * must write what is finished, mark the rest, and exit within the grace period, whatever the server does.
 */
class InterruptIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The grace period, and the time to write and exit after it. */
    private static final long EXIT_BOUND_SECONDS = Cancellation.GRACE.toSeconds() + 5;

    @TempDir
    Path dir;

    FakeProvider fake;

    @BeforeEach
    void start() throws IOException {
        fake = new FakeProvider();
        Samples.copyCodeRed(dir, "a.txt");
    }

    @AfterEach
    void stop() throws IOException {
        fake.close();
    }

    private JarProcess launch(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("translate", "a.txt", "--batch-tokens", "0"));
        all.addAll(List.of(args));
        return JarProcess.start(
                dir,
                Map.of(
                        "OPENAI_API_KEY",
                        CliRun.KEY,
                        "OPENAI_BASE_URL",
                        fake.baseUrl(),
                        "XDG_CACHE_HOME",
                        dir.resolve(".cache").toString(),
                        "XDG_CONFIG_HOME",
                        dir.resolve(".config").toString()),
                List.of(),
                all.toArray(String[]::new));
    }

    private static void await(BooleanSupplier condition, JarProcess run) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            assertThat(run.process().isAlive())
                    .as("still running: %s", run.stderr())
                    .isTrue();
            assertThat(System.nanoTime()).as("the run got that far in time").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    /** The signal, then the exit within the bound; returns how long it took. */
    private static Duration interrupt(JarProcess run, String... signals) throws Exception {
        long start = System.nanoTime();
        for (String signal : signals) {
            run.signal(signal);
            Thread.sleep(300);
        }
        assertThat(run.exited(EXIT_BOUND_SECONDS + 30)).as("exited at all").isTrue();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took)
                .as("exited within the grace period and a margin; stderr: %s", run.stderr())
                .isLessThan(Duration.ofSeconds(EXIT_BOUND_SECONDS));
        return took;
    }

    private JsonNode record() throws IOException {
        return JSON.readTree(dir.resolve("output/a/article.json").toFile());
    }

    private static List<String> statuses(JsonNode article) {
        List<String> statuses = new ArrayList<>();
        article.get("paragraphs").forEach(p -> statuses.add(p.get("status").asText()));
        return statuses;
    }

    @Test
    void ctrlCWithSlowRequestsInFlightWritesWhatIsFinishedWithinTheGrace() throws Exception {
        AtomicInteger answered = new AtomicInteger();
        fake.withOverride(r -> r.kind().equals("paragraph_translation") && answered.incrementAndGet() > 5
                ? minutesLate() // a model that takes minutes
                : null);
        JarProcess run = launch("-j", "2");
        await(() -> answered.get() >= 7, run);

        interrupt(run, "INT");

        assertThat(run.process().exitValue()).isEqualTo(ExitCodes.INTERRUPTED);
        JsonNode article = record();
        assertThat(article.get("interrupted").asBoolean()).isTrue();
        assertThat(statuses(article)).contains("ok", "failed");
        assertThat(article.toString()).contains("not translated: the run was interrupted");
        assertThat(run.stderr()).contains("interrupted with").contains("rerun the same command to finish");
    }

    @Test
    void sigtermDuringALongRateLimitPauseWritesWhatIsFinishedAndExits143() throws Exception {
        AtomicInteger answered = new AtomicInteger();
        fake.withOverride(r -> r.kind().equals("paragraph_translation") && answered.incrementAndGet() > 4
                ? FakeProvider.error(429, "Rate limit reached").setHeader("Retry-After", "300")
                : null);
        JarProcess run = launch("-j", "2");
        await(() -> answered.get() >= 5, run); // the fifth was told to come back in five minutes

        interrupt(run, "TERM");

        assertThat(run.process().exitValue()).isEqualTo(ExitCodes.TERMINATED);
        assertThat(statuses(record())).contains("ok", "failed");
    }

    @Test
    void ctrlCTwiceWhileTheGlossaryRequestHangsStillWritesTheArticleMarkedUnfinished() throws Exception {
        AtomicInteger glossary = new AtomicInteger();
        fake.withOverride(r -> {
            if (r.kind().equals("article_glossary")) {
                glossary.incrementAndGet();
                return minutesLate();
            }
            return null;
        });
        JarProcess run = launch("--glossary-pass");
        await(() -> glossary.get() == 1, run);

        interrupt(run, "INT", "INT");

        assertThat(run.process().exitValue()).isEqualTo(ExitCodes.INTERRUPTED);
        assertThat(statuses(record())).hasSize(20).containsOnly("failed");
        assertThat(run.stderr()).doesNotContain("no glossary");
    }

    private static MockResponse minutesLate() {
        return FakeProvider.completion("{}").setBodyDelay(3, TimeUnit.MINUTES);
    }
}
