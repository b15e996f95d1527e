package dev.tarjama.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tarjama.testing.FakeProvider;
import dev.tarjama.testing.JarProcess;
import dev.tarjama.testing.PseudoTerminal;
import dev.tarjama.testing.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as a daemon and as its clients, each in a process of its own as users start them: on a terminal,
 * with Ctrl-C, and with the daemon stopped by its service manager.
 */
class DaemonIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    FakeProvider fake;
    JarProcess daemon;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeProvider();
        Path home = Files.createDirectories(dir.resolve("daemon"));
        daemon = JarProcess.start(
                home, Map.of("XDG_RUNTIME_DIR", dir.resolve("run").toString()), List.of(), "daemon", "--idle", "5m");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!daemon.stderr().contains("serving")) {
            assertThat(daemon.process().isAlive()).as(daemon.stderr()).isTrue();
            assertThat(System.nanoTime()).as("the daemon started in time").isLessThan(deadline);
            Thread.sleep(20);
        }
        Files.createDirectories(dir.resolve("work"));
        Samples.copyCodeRed(dir.resolve("work"), "a.txt");
    }

    @AfterEach
    void stop() throws Exception {
        daemon.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        fake.close();
    }

    private Map<String, String> variables() {
        Map<String, String> variables = new HashMap<>(JarProcess.against(fake, dir.resolve("cache"), Map.of()));
        variables.put("XDG_RUNTIME_DIR", dir.resolve("run").toString());
        variables.put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        variables.put("TARJAMA_DAEMON", "on"); // the build sets it off for every other test
        return variables;
    }

    private long served() throws IOException {
        return daemon.stderr()
                .lines()
                .filter(l -> l.contains("translate → exit"))
                .count();
    }

    @Test
    void aRunOnATerminalGoesThroughTheDaemonDrawsItsBarAndFinishes() throws Exception {
        fake.withRandomDelay(150);
        Path screen = dir.resolve("screen.txt");
        Process run = PseudoTerminal.start(
                dir.resolve("work"), variables(), screen, "translate", "a.txt", "-o", "out", "-j", "6");

        assertThat(run.waitFor(60, TimeUnit.SECONDS))
                .as("finished in time; screen:%n%s", Files.readString(screen))
                .isTrue();
        String shown = Files.readString(screen, StandardCharsets.UTF_8);
        assertThat(run.exitValue()).as(shown).isEqualTo(ExitCodes.OK);
        assertThat(shown).as("the bar was drawn in place").contains("\r").contains("20/20");
        assertThat(PseudoTerminal.lines(shown))
                .anySatisfy(line -> assertThat(line).contains("20/20 paragraphs translated"));
        assertThat(dir.resolve("work/out/a/bilingual.html")).exists();
        assertThat(served()).as("the daemon ran it: %s", daemon.stderr()).isEqualTo(1);
    }

    @Test
    void ctrlCStopsTheRunInTheDaemonWhichWritesWhatWasFinishedAndServesOn() throws Exception {
        fake.withFixedDelay(Duration.ofMillis(400));
        Path work = dir.resolve("work");
        JarProcess client =
                JarProcess.start(work, variables(), List.of(), "translate", "a.txt", "-j", "2", "--batch-tokens", "0");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (fake.requests().size() < 6) {
            assertThat(client.process().isAlive()).as(client.stderr()).isTrue();
            assertThat(System.nanoTime()).as("requests arrived in time").isLessThan(deadline);
            Thread.sleep(20);
        }

        client.signal("INT");

        assertThat(client.exited(15))
                .as("exited within the grace period and a margin")
                .isTrue();
        assertThat(client.process().exitValue()).isEqualTo(ExitCodes.INTERRUPTED);
        JsonNode article = JSON.readTree(work.resolve("output/a/article.json").toFile());
        assertThat(article.get("paragraphs").findValuesAsText("status"))
                .contains("ok")
                .contains("failed");
        assertThat(daemon.process().isAlive()).isTrue();

        fake.withFixedDelay(Duration.ZERO);
        int before = fake.requests().size();
        JarProcess rerun = JarProcess.start(work, variables(), List.of(), "translate", "a.txt", "--batch-tokens", "0");
        assertThat(rerun.exited(60)).isTrue();
        assertThat(rerun.process().exitValue()).as(rerun.stderr()).isEqualTo(ExitCodes.OK);
        assertThat(fake.requests().size() - before)
                .as("the rerun asks only for what the interrupted run did not finish")
                .isLessThan(20);
        assertThat(served()).isEqualTo(2);
    }

    @Test
    void sigtermStopsTheDaemonWhichRemovesItsSocketAndRunsThenStayInTheirOwnProcess() throws Exception {
        daemon.signal("TERM");

        assertThat(daemon.exited(20)).isTrue();
        assertThat(daemon.process().exitValue()).isEqualTo(ExitCodes.OK);
        try (Stream<Path> sockets = Files.list(dir.resolve("run/tarjama"))) {
            assertThat(sockets).isEmpty();
        }
        JarProcess alone = JarProcess.start(dir.resolve("work"), variables(), List.of(), "translate", "a.txt");
        assertThat(alone.exited(60)).isTrue();
        assertThat(alone.process().exitValue()).as(alone.stderr()).isEqualTo(ExitCodes.OK);
        assertThat(served()).isZero();
    }
}
