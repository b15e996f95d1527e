package dev.tarjama.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tarjama.cli.daemon.DaemonAddress;
import dev.tarjama.cli.daemon.DaemonClient;
import dev.tarjama.cli.daemon.DaemonServer;
import dev.tarjama.cli.process.Terminal;
import dev.tarjama.testing.CliRun;
import dev.tarjama.testing.FakeProvider;
import dev.tarjama.testing.Samples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs handed to the daemon behave as runs in their own process: where, with what, and how they end. */
class DaemonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    FakeProvider fake;
    DaemonServer server;
    Thread serving;
    final StringWriter log = new StringWriter();

    @BeforeEach
    void start() throws IOException {
        fake = new FakeProvider();
        DaemonAddress address = DaemonAddress.prepare(
                Map.of("XDG_RUNTIME_DIR", dir.resolve("run").toString()));
        server = DaemonServer.listen(
                address,
                Main::run,
                dev.tarjama.api.ProcessContext.sharedByRuns(),
                Duration.ofMinutes(5),
                new PrintWriter(log, true));
        serving = new Thread(() -> {
            try {
                server.serve();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        serving.start();
        Samples.copyCodeRed(Files.createDirectories(dir.resolve("work")), "a.txt");
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
        serving.join(TimeUnit.SECONDS.toMillis(30));
        fake.close();
    }

    private Map<String, String> variables() {
        Map<String, String> variables = new HashMap<>(fake.variables(CliRun.KEY));
        variables.put("XDG_RUNTIME_DIR", dir.resolve("run").toString());
        variables.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        variables.put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        return variables;
    }

    /** What a client printed and how its run ended. */
    record Ran(int code, String out, String err) {}

    private Ran run(String... args) {
        return runIn(dir.resolve("work"), args);
    }

    private Ran runIn(Path workingDirectory, String... args) {
        DaemonClient client = DaemonClient.connect(args, variables()).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = client.run(args, variables(), workingDirectory, Terminal.LOG, out, err);
        return new Ran(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aRunReadsAndWritesWhereTheClientIsWithTheClientsVariables() throws IOException {
        Ran ran = run("translate", "a.txt", "-o", "out");

        assertThat(ran.code()).as(ran.err()).isEqualTo(ExitCodes.OK);
        assertThat(ran.err()).contains("20/20 paragraphs translated").doesNotContain(CliRun.KEY);
        assertThat(dir.resolve("work/out/a/article.json")).exists();
        assertThat(dir.resolve("cache/tarjama"))
                .as("the client's cache, not the daemon's")
                .exists();
        assertThat(fake.requests()).isNotEmpty();
        assertThat(log.toString()).contains("translate → exit 0").doesNotContain(CliRun.KEY);
    }

    @Test
    void runsAtOnceKeepTheirOwnDirectoriesOutputsAndExitCodes() throws Exception {
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.writeString(other.resolve("b.txt"), Samples.longArticle(30));
        fake.withFixedDelay(Duration.ofMillis(50));

        CompletableFuture<Ran> a = CompletableFuture.supplyAsync(() -> run("translate", "a.txt", "-j", "2"));
        CompletableFuture<Ran> b = CompletableFuture.supplyAsync(() -> runIn(other, "translate", "b.txt", "-j", "2"));
        CompletableFuture<Ran> missing = CompletableFuture.supplyAsync(() -> runIn(other, "translate", "none.txt"));

        Ran ranA = a.get(60, TimeUnit.SECONDS);
        Ran ranB = b.get(60, TimeUnit.SECONDS);
        assertThat(ranA.code()).as(ranA.err()).isEqualTo(ExitCodes.OK);
        assertThat(ranB.code()).as(ranB.err()).isEqualTo(ExitCodes.OK);
        assertThat(missing.get(60, TimeUnit.SECONDS).code()).isEqualTo(ExitCodes.INPUT);
        assertThat(ranA.err()).contains("a.txt: 20/20 paragraphs translated").doesNotContain("b.txt");
        assertThat(ranB.err()).contains("b.txt: 30/30 paragraphs translated").doesNotContain("a.txt");
        assertThat(dir.resolve("work/output/a/article.json")).exists();
        assertThat(other.resolve("output/b/article.json")).exists();
        assertThat(dir.resolve("work/output/b")).doesNotExist();
    }

    @Test
    void aClosedStandardOutputDropsTheOutputNotTheRun() throws IOException {
        String[] args = {"translate", "a.txt"};
        java.io.OutputStream closedPipe = new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = DaemonClient.connect(args, variables())
                .orElseThrow()
                .run(args, variables(), dir.resolve("work"), Terminal.LOG, closedPipe, err);

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(ExitCodes.OK);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("20/20 paragraphs translated");
        assertThat(dir.resolve("work/output/a/article.json")).exists();
    }

    @Test
    void theRunsErrorAndExitCodeComeBackToTheClient() {
        Ran ran = run("translate", "missing.txt");

        assertThat(ran.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(ran.err()).contains("missing.txt").contains("no such file");
    }

    @Test
    void aCancelStopsTheRunAndWhatWasFinishedIsWritten() throws Exception {
        fake.withFixedDelay(Duration.ofMillis(300));
        String[] args = {"translate", "a.txt", "-j", "2", "--batch-tokens", "0"};
        DaemonClient client = DaemonClient.connect(args, variables()).orElseThrow();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CompletableFuture<Integer> code = CompletableFuture.supplyAsync(() ->
                client.run(args, variables(), dir.resolve("work"), Terminal.LOG, new ByteArrayOutputStream(), err));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (fake.requests().size() < 6 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }

        client.cancel();

        assertThat(code.get(20, TimeUnit.SECONDS)).isEqualTo(ExitCodes.INTERRUPTED);
        JsonNode article =
                JSON.readTree(dir.resolve("work/output/a/article.json").toFile());
        assertThat(article.get("paragraphs")).hasSize(20);
        assertThat(article.get("paragraphs").findValuesAsText("status"))
                .contains("ok")
                .contains("failed");
    }

    @Test
    void runsThatReadStandardInputOrAreNotTranslationsStayInTheirOwnProcess() {
        assertThat(DaemonClient.connect(new String[] {"translate", "a.txt"}, variables()))
                .isPresent();
        assertThat(DaemonClient.connect(new String[] {"translate", "-"}, variables()))
                .isEmpty();
        assertThat(DaemonClient.connect(new String[] {"watch", "--dir", "in"}, variables()))
                .isEmpty();
        Map<String, String> off = new HashMap<>(variables());
        off.put(DaemonClient.SWITCH, "off");
        assertThat(DaemonClient.connect(new String[] {"translate", "a.txt"}, off))
                .isEmpty();
    }

    @Test
    void aSecondDaemonForTheSameBuildIsRefused() throws IOException {
        DaemonAddress address = DaemonAddress.find(variables()).orElseThrow();

        assertThatThrownBy(() -> DaemonServer.listen(
                        address,
                        Main::run,
                        dev.tarjama.api.ProcessContext.sharedByRuns(),
                        Duration.ofMinutes(1),
                        new PrintWriter(log)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("already runs");
    }

    @Test
    void aStoppedDaemonRemovesItsSocketAndClientsRunInTheirOwnProcess() throws Exception {
        DaemonAddress address = DaemonAddress.find(variables()).orElseThrow();

        server.stop();
        serving.join(TimeUnit.SECONDS.toMillis(30));

        assertThat(address.socket()).doesNotExist();
        assertThat(DaemonClient.connect(new String[] {"translate", "a.txt"}, variables()))
                .isEmpty();
    }
}
