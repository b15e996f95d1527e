package dev.tarjama.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tarjama.testing.CliRun;
import dev.tarjama.testing.FakeProvider;
import dev.tarjama.testing.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar in its own process, killed mid-run: nothing already paid for may be lost. */
class ProcessInterruptionIT {
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

    private Process launch(String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Files.createDirectories(dir.resolve("tmp"));
        List<String> command = new ArrayList<>(List.of(
                java,
                "-Djava.io.tmpdir=" + dir.resolve("tmp"), // what a killed run leaves there, seen
                "-jar",
                System.getProperty(
                        "tarjama.jar",
                        Path.of("target/tarjama.jar").toAbsolutePath().toString())));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile());
        builder.environment().put("OPENAI_API_KEY", CliRun.KEY);
        builder.environment().put("OPENAI_BASE_URL", fake.baseUrl());
        builder.environment().put("XDG_CACHE_HOME", dir.resolve(".cache").toString());
        return builder.start();
    }

    private void slowAnswers() {
        fake.withFixedDelay(Duration.ofMillis(250));
    }

    private void awaitRequests(int count, Process process) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (fake.requests().size() < count) {
            assertThat(process.isAlive()).as("the run ended early").isTrue();
            assertThat(System.nanoTime()).as("requests arrived in time").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void aRunKilledWithSigkillAndRerunNeverRequestsAParagraphFinishedBeforeTheKill() throws Exception {
        slowAnswers();
        Process process = launch("translate", "a.txt", "-j", "2", "--batch-tokens", "0");
        awaitRequests(11, process);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        assertThat(process.exitValue()).isEqualTo(137);
        try (var left = Files.list(dir.resolve("tmp"))) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .as("SQLite's library is loaded from the cache's one copy, not extracted per run and left behind")
                    .noneMatch(name -> name.startsWith("sqlite-"));
        }
        try (var copies = Files.walk(dir.resolve(".cache/tarjama/native"))) {
            assertThat(copies.map(p -> p.getFileName().toString())).contains("libsqlitejdbc.so");
        }

        int committed = committedSegments();
        assertThat(committed).as("about half the paragraphs were finished").isBetween(5, 15);
        Set<String> firstRun = paragraphsRequested(0);

        fake.withFixedDelay(Duration.ZERO);
        int before = fake.requests().size();
        CliRun.Result rerun = new CliRun(dir).perParagraph().against(fake).run("translate", "a.txt");

        assertThat(rerun.exitCode()).as(rerun.err()).isEqualTo(ExitCodes.OK);
        Set<String> secondRun = paragraphsRequested(before);
        assertThat(secondRun).hasSize(20 - committed);
        assertThat(fake.requests().size() - before)
                .isEqualTo(20 - committed + 1); // the brief too; the glossary is cached
        JsonNode article = JSON.readTree(dir.resolve("output/a/article.json").toFile());
        Set<String> notAskedAgain = new HashSet<>();
        article.get("paragraphs").forEach(p -> notAskedAgain.add(p.get("source").asText()));
        notAskedAgain.removeAll(secondRun);
        assertThat(notAskedAgain).hasSize(committed);
        assertThat(firstRun).containsAll(notAskedAgain); // finished before the kill, and never paid for twice
        assertThat(article.get("paragraphs"))
                .hasSize(20)
                .allSatisfy(p -> assertThat(p.get("status").asText()).isEqualTo("ok"));
        assertThat(article.at("/brief/headline").asText()).isNotEmpty();
    }

    @Test
    void ctrlCStopsDispatchingWritesWhatIsFinishedAndExits130() throws Exception {
        slowAnswers();
        Process process = launch("translate", "a.txt", "-j", "2", "--batch-tokens", "0");
        awaitRequests(6, process);
        new ProcessBuilder("kill", "-INT", String.valueOf(process.pid()))
                .start()
                .waitFor();

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(ExitCodes.INTERRUPTED);
        JsonNode article = JSON.readTree(dir.resolve("output/a/article.json").toFile());
        assertThat(article.get("interrupted").asBoolean()).isTrue();
        List<String> statuses = new ArrayList<>();
        article.get("paragraphs").forEach(p -> statuses.add(p.get("status").asText()));
        assertThat(statuses).contains("ok").contains("failed");
        assertThat(fake.requests().size()).isLessThan(12);
        assertThat(Files.readString(dir.resolve("output/a/bilingual.html"))).contains("the run was interrupted");
    }

    private int committedSegments() throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(".cache/tarjama/cache.db"));
                ResultSet rows =
                        db.createStatement().executeQuery("SELECT count(*) FROM answers WHERE kind = 'segment'")) {
            return rows.getInt(1);
        }
    }

    private Set<String> paragraphsRequested(int from) {
        return fake.requests().subList(from, fake.requests().size()).stream()
                .map(FakeProvider.Recorded::paragraph)
                .filter(p -> p != null)
                .collect(Collectors.toSet());
    }
}
