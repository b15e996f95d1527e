package dev.tarjama.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tarjama.Latency;
import dev.tarjama.testing.FakeProvider;
import dev.tarjama.testing.JarProcess;
import dev.tarjama.testing.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A watch translates articles side by side: sixteen new articles of six paragraphs, against a provider that answers as
 * a model writes (500 ms to the first token, 15 ms a token), take no more than three times one of them alone — one
 * after another would take sixteen times — with every article written and indexed; with a fifth of the requests
 * refused (429, Retry-After 1 s) and a fifth failing (500), still, and no paragraph asked again once answered.
 */
class WatchSideBySideIT {
    private static final int ARTICLES = 16;

    @TempDir
    Path dir;

    FakeProvider fake;

    @BeforeEach
    void start() throws IOException {
        fake = new FakeProvider().withModelLatency(new Latency(Duration.ofMillis(500), Duration.ofMillis(15)));
    }

    @AfterEach
    void stop() throws IOException {
        fake.close();
    }

    /** Sixteen articles of six short paragraphs, sentences of the sample, each article its own. */
    private static List<String> articles() {
        List<String> sentences = new ArrayList<>();
        for (String line : Samples.codeRedText().split("\n")) {
            for (String sentence : line.split("(?<=[.؟!])\\s+")) {
                if (sentence.strip().length() > 40 && !sentence.contains("<b>")) {
                    sentences.add(sentence.strip());
                }
            }
        }
        List<String> articles = new ArrayList<>();
        for (int a = 0; a < ARTICLES; a++) {
            StringBuilder text = new StringBuilder("خبر رقم " + (a + 1) + "\n\n");
            for (int p = 0; p < 6; p++) {
                text.append(sentences.get((a * 6 + p) % sentences.size()))
                        .append(" (")
                        .append(a + 1)
                        .append('.')
                        .append(p + 1)
                        .append(")\n\n");
            }
            articles.add(text.toString());
        }
        return articles;
    }

    /** Watches a folder holding {@code articles} for one cycle; returns how long the process ran, in milliseconds. */
    private long watchOnce(String name, List<String> articles) throws Exception {
        Path home = Files.createDirectories(dir.resolve(name));
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        for (int i = 0; i < articles.size(); i++) {
            Files.writeString(inbox.resolve(String.format("article-%02d.txt", i + 1)), articles.get(i));
        }
        // the files are settled: a watch leaves a file whose size or time still moves for the next cycle
        for (Path file : Files.list(inbox).toList()) {
            Files.setLastModifiedTime(
                    file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        }
        long start = System.nanoTime();
        JarProcess watch = JarProcess.start(
                home,
                JarProcess.against(fake, home.resolve(".cache"), Map.of()),
                List.of(),
                "watch",
                "--dir",
                "inbox",
                "--once",
                "-j",
                "8",
                "-o",
                "out",
                "--no-glossary");
        assertThat(watch.exited(180)).as("the watch ended within 3 minutes").isTrue();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(watch.process().exitValue()).as(watch.stderr()).isZero();
        String index = Files.readString(home.resolve("out/index.html"), StandardCharsets.UTF_8);
        for (int i = 1; i <= articles.size(); i++) {
            String folder = String.format("article-%02d", i);
            assertThat(home.resolve("out/" + folder + "/article.json")).isRegularFile();
            assertThat(index).contains("href=\"" + folder + "/bilingual.html\"");
        }
        return millis;
    }

    @Test
    void sixteenArticlesTakeAtMostThreeTimesOneOfThemAlone() throws Exception {
        List<String> articles = articles();
        watchOnce("warm-up", List.of(articles.get(0))); // the server's code compiled first

        long one = watchOnce("one", List.of(articles.get(1)));
        long sixteen = watchOnce("sixteen", articles);

        System.out.printf(
                "one article alone: %d ms; %d articles: %d ms (%.2f times)%n",
                one, ARTICLES, sixteen, sixteen / (double) one);
        assertThat(sixteen).as("16 articles vs one alone (%d ms)", one).isLessThanOrEqualTo(3 * one);
    }

    @Test
    void withRefusalsAndFailuresEveryArticleIsWrittenAndNoParagraphAskedAgainOnceAnswered() throws Exception {
        Random random = new Random(23);
        Set<Integer> faulted = ConcurrentHashMap.newKeySet();
        fake.withOverride(r -> {
            double roll;
            synchronized (random) {
                roll = random.nextDouble();
            }
            if (roll < 0.2) {
                faulted.add(r.number());
                return FakeProvider.error(429, "Rate limit reached").setHeader("Retry-After", "1");
            }
            if (roll < 0.4) {
                faulted.add(r.number());
                return new MockResponse().setResponseCode(500).setBody("{\"error\":{\"message\":\"overloaded\"}}");
            }
            return null;
        });

        watchOnce("faults", articles());

        Map<String, Integer> answered = new HashMap<>();
        for (FakeProvider.Recorded r : fake.requests()) {
            if (faulted.contains(r.number())) {
                continue;
            }
            List<String> paragraphs = r.paragraph() != null
                    ? List.of(r.paragraph())
                    : new ArrayList<>(FakeProvider.batchBlocks(r.userMessage()).values());
            paragraphs.forEach(p -> answered.merge(p.strip(), 1, Integer::sum));
        }
        assertThat(faulted).as("faults were injected").hasSizeGreaterThan(5);
        assertThat(answered).hasSize(ARTICLES * 7); // six paragraphs and a title each
        assertThat(answered)
                .allSatisfy((paragraph, times) ->
                        assertThat(times).as("answers carrying %s", paragraph).isEqualTo(1));
    }
}
