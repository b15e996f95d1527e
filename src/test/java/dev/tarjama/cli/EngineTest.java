package dev.tarjama.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tarjama.internal.llm.TokenEstimator;
import dev.tarjama.testing.CliRun;
import dev.tarjama.testing.FakeProvider;
import dev.tarjama.testing.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run-wide engine as users meet it: limits across articles, a dead backend, shared caches, dry runs. */
class EngineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

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

    @Test
    void aBackendThatNeverAnswersStopsTheRunWithExit3InsteadOfRetryingForAnHour() {
        fake.withOverride(r -> new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        long start = System.nanoTime();

        CliRun.Result result = new CliRun(dir)
                .perParagraph()
                .against(fake)
                .run("translate", "a.txt", "--timeout", "1s", "-j", "2", "--no-glossary", "--retry-delay", "10ms");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.BACKEND);
        assertThat(result.err()).containsPattern("is not answering: [34] requests in a row timed out after 1 s");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
        assertThat(fake.requests().size())
                .as("three timeouts, and what was in flight then")
                .isLessThanOrEqualTo(3 + 2 * 2);
    }

    @Test
    void credentialsWrittenIntoTheBaseUrlAreNeitherStoredNorShown() throws IOException {
        String withCredentials = fake.baseUrl().replace("http://", "http://editor:s3cr3t-pass@");

        CliRun.Result result = new CliRun(dir)
                .perParagraph()
                .against(fake)
                .env("OPENAI_BASE_URL", withCredentials)
                .run("translate", "a.txt", "-v");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).doesNotContain("s3cr3t").contains(fake.baseUrl());
        String record = Files.readString(dir.resolve("output/a/article.json"));
        assertThat(record).doesNotContain("s3cr3t").doesNotContain("editor@");
        assertThat(JSON.readTree(record).at("/backend/base_url").asText()).isEqualTo(fake.baseUrl());
    }

    @Test
    void twoRunsOnTheSameArticleAndCachePayForEachAnswerOnce() throws Exception {
        fake.withFixedDelay(Duration.ofMillis(150));

        CompletableFuture<CliRun.Result> first = CompletableFuture.supplyAsync(
                () -> new CliRun(dir).perParagraph().against(fake).run("translate", "a.txt", "-q"));
        CompletableFuture<CliRun.Result> second = CompletableFuture.supplyAsync(
                () -> new CliRun(dir).perParagraph().against(fake).run("translate", "a.txt", "-q"));

        assertThat(first.get().exitCode()).as(first.get().err()).isZero();
        assertThat(second.get().exitCode()).as(second.get().err()).isZero();
        Map<String, Long> asked = fake.requests().stream()
                .collect(Collectors.groupingBy(
                        r -> r.paragraph() == null ? r.kind() : r.paragraph(), Collectors.counting()));
        assertThat(asked)
                .as("20 paragraphs and the brief")
                .hasSize(21)
                .allSatisfy((question, times) -> assertThat(times).as(question).isEqualTo(1));
    }

    @Test
    void aServerThatTakesTwoRequestsAtATimeIsSentAboutTwoRatherThanSixteen() throws IOException {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        fake.withOverride(r -> {
            try {
                if (inFlight.incrementAndGet() > 2) {
                    refused.incrementAndGet();
                    return FakeProvider.error(429, "Too many requests at once").setHeader("Retry-After", "0.2");
                }
                new dev.tarjama.Cancellation().sleep(60);
                return null;
            } finally {
                inFlight.decrementAndGet();
            }
        });

        CliRun.Result result = new CliRun(dir)
                .perParagraph()
                .against(fake)
                .run("translate", "a.txt", "-j", "16", "--max-attempts", "2", "--no-glossary");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(refused.get()).as("429s before the concurrency settled").isLessThan(40);
    }

    @Test
    void aRunWhoseEveryTranslationIsTheSourceSaysSoLoudly() {
        fake.withOverride(r -> r.kind().equals("paragraph_translation")
                ? FakeProvider.completion(JSON.createObjectNode()
                        .put("translation", r.paragraph())
                        .put("summary", "same")
                        .toString())
                : null);

        CliRun.Result result = new CliRun(dir).perParagraph().against(fake).run("translate", "a.txt");

        assertThat(result.exitCode())
                .as("flags alone do not fail the run without --strict")
                .isZero();
        assertThat(result.err())
                .contains(
                        "20 of 20 translated paragraphs failed a check: the model may not be " + "translating at all");
    }

    @Test
    void aDryRunPredictsTheRequestsAndInputTokensOfTheRealRun() {
        CliRun.Result plan = new CliRun(dir).perParagraph().against(fake).run("translate", "a.txt", "--dry-run");
        assertThat(plan.exitCode()).as(plan.err()).isZero();
        assertThat(fake.requests()).as("a dry run sends nothing").isEmpty();

        CliRun.Result real = new CliRun(dir).perParagraph().against(fake).run("translate", "a.txt");
        assertThat(real.exitCode()).as(real.err()).isZero();

        Matcher requests = Pattern.compile("requests: (\\d+)").matcher(plan.out());
        Matcher tokens =
                Pattern.compile("tokens \\(estimate\\): ([\\d,]+) input").matcher(plan.out());
        assertThat(requests.find()).as(plan.out()).isTrue();
        assertThat(tokens.find()).as(plan.out()).isTrue();
        assertThat(Integer.parseInt(requests.group(1)))
                .isEqualTo(fake.requests().size());
        long planned = Long.parseLong(tokens.group(1).replace(",", ""));
        long sent = fake.requests().stream()
                .mapToLong(r -> TokenEstimator.count(r.systemMessage()) + TokenEstimator.count(r.userMessage()) + 8)
                .sum();
        assertThat((double) planned)
                .as("planned %d, sent %d input tokens", planned, sent)
                .isBetween(sent * 0.9, sent * 1.1);
    }
}
