package dev.tarjama.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tarjama.testing.CliRun;
import dev.tarjama.testing.FakeProvider;
import dev.tarjama.testing.PseudoTerminal;
import dev.tarjama.testing.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar on a pseudo-terminal, drawing its progress bar as it does for a person: it must finish, write
 * every output, and stop cleanly on Ctrl-C. A green suite once hid a bar that hung every terminal run.
 */
class TerminalIT {
    private static final ObjectMapper JSON = new ObjectMapper();

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

    private Map<String, String> variables() {
        Map<String, String> variables = new HashMap<>(fake.variables(CliRun.KEY));
        variables.put("XDG_CACHE_HOME", dir.resolve(".cache").toString());
        variables.put("XDG_CONFIG_HOME", dir.resolve(".config").toString());
        return variables;
    }

    private String screen() throws IOException {
        return Files.readString(dir.resolve("screen.txt"), StandardCharsets.UTF_8);
    }

    @Test
    void theSampleFinishesOnATerminalWithAnswersArrivingOutOfOrder() throws Exception {
        Samples.copyCodeRed(dir, "code-red.ar.txt");
        fake.withRandomDelay(150);
        Process run = PseudoTerminal.start(
                dir,
                variables(),
                dir.resolve("screen.txt"),
                "translate",
                "--backend",
                "openai",
                "--model",
                "fake",
                "code-red.ar.txt",
                "-o",
                "out",
                "-j",
                "6");

        assertThat(run.waitFor(60, TimeUnit.SECONDS))
                .as("finished within 60 s; screen:%n%s", screen())
                .isTrue();
        assertThat(run.exitValue()).as(screen()).isEqualTo(ExitCodes.OK);
        assertThat(Files.list(dir.resolve("out/code-red.ar"))
                        .map(p -> p.getFileName().toString()))
                .contains("brief.md", "bilingual.html", "bilingual.md", "article.json");
        String screen = screen();
        assertThat(screen).as("the bar was drawn in place").contains("\r").contains("20/20");
        assertThat(PseudoTerminal.lines(screen))
                .anySatisfy(line -> assertThat(line).contains("20/20 paragraphs translated"));
    }

    @Test
    void duringOneLongBatchRequestTheClockTicksAndTheBriefHasANamedLine() throws Exception {
        Samples.copyCodeRed(dir, "code-red.ar.txt");
        fake.withFixedDelay(Duration.ofSeconds(6));
        Process run = PseudoTerminal.start(
                dir,
                variables(),
                dir.resolve("screen.txt"),
                "translate",
                "--backend",
                "openai",
                "--model",
                "fake",
                "code-red.ar.txt",
                "-o",
                "out",
                "--plan",
                "cheapest",
                "--no-glossary");

        assertThat(run.waitFor(60, TimeUnit.SECONDS))
                .as("finished within 60 s; screen:%n%s", screen())
                .isTrue();
        assertThat(run.exitValue()).as(screen()).isEqualTo(ExitCodes.OK);
        assertThat(fake.requestsOfKind("paragraph_batch")).hasSize(1);
        // the frames drawn while the one batch request was out: before any paragraph was done
        List<String> frames = java.util.Arrays.stream(screen().split("[\r\n]"))
                .filter(frame -> frame.contains("0/20") && !frame.contains("20/20"))
                .toList();
        java.util.regex.Pattern clock = java.util.regex.Pattern.compile("\\((\\d+:\\d\\d:\\d\\d)\\)");
        java.util.Set<String> times = new java.util.TreeSet<>();
        frames.forEach(frame -> {
            java.util.regex.Matcher m = clock.matcher(frame);
            if (m.find()) {
                times.add(m.group(1));
            }
        });
        assertThat(times)
                .as("the elapsed time while one request was out; frames:%n%s", frames)
                .hasSizeGreaterThan(2);
        assertThat(frames).anySatisfy(frame -> assertThat(frame).contains("1 in flight"));
        assertThat(screen().split("[\r\n]"))
                .as("a line named for the brief while it is written")
                .anySatisfy(frame -> assertThat(frame).contains("brief").contains("writing"));
    }

    @Test
    void aLongArticleFinishesOnATerminal() throws Exception {
        Files.writeString(dir.resolve("long.txt"), Samples.longArticle(200));
        fake.withRandomDelay(40);
        Process run = PseudoTerminal.start(
                dir,
                variables(),
                dir.resolve("screen.txt"),
                "translate",
                "--backend",
                "openai",
                "--model",
                "fake",
                "long.txt",
                "-o",
                "out",
                "-j",
                "8");

        assertThat(run.waitFor(120, TimeUnit.SECONDS))
                .as("finished within 120 s; screen:%n%s", screen())
                .isTrue();
        assertThat(run.exitValue()).as(screen()).isEqualTo(ExitCodes.OK);
        JsonNode article = JSON.readTree(dir.resolve("out/long/article.json").toFile());
        assertThat(article.get("paragraphs"))
                .hasSize(200)
                .allSatisfy(p -> assertThat(p.get("status").asText()).isEqualTo("ok"));
    }

    @Test
    void ctrlCWhileTheBarIsDrawingWritesWhatIsFinishedAndExits130() throws Exception {
        Samples.copyCodeRed(dir, "code-red.ar.txt");
        fake.withFixedDelay(Duration.ofMillis(300));
        Process run = PseudoTerminal.start(
                dir,
                variables(),
                dir.resolve("screen.txt"),
                "translate",
                "--batch-tokens",
                "0", // one request per paragraph: the bar moves while requests are in flight
                "--backend",
                "openai",
                "--model",
                "fake",
                "code-red.ar.txt",
                "-o",
                "out",
                "-j",
                "2");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (fake.requestsOfKind("paragraph_translation").size() < 6) {
            assertThat(run.isAlive()).as("still running; screen:%n%s", screen()).isTrue();
            assertThat(System.nanoTime()).as("requests arrived in time").isLessThan(deadline);
            Thread.sleep(20);
        }
        ProcessHandle program = PseudoTerminal.program(run).orElseThrow();
        new ProcessBuilder("kill", "-INT", String.valueOf(program.pid()))
                .start()
                .waitFor();

        assertThat(run.waitFor(20, TimeUnit.SECONDS))
                .as("exited after Ctrl-C; screen:%n%s", screen())
                .isTrue();
        assertThat(run.exitValue()).as(screen()).isEqualTo(ExitCodes.INTERRUPTED);
        JsonNode article =
                JSON.readTree(dir.resolve("out/code-red.ar/article.json").toFile());
        assertThat(article.get("interrupted").asBoolean()).isTrue();
        assertThat(article.get("paragraphs"))
                .anySatisfy(p -> assertThat(p.get("status").asText()).isEqualTo("ok"));
        assertThat(Files.readString(dir.resolve("out/code-red.ar/bilingual.html")))
                .contains("the run was interrupted");
    }

    @Test
    void aRunKilledOnATerminalLeavesNoNativeLibraryInTheTemporaryDirectory() throws Exception {
        Samples.copyCodeRed(dir, "code-red.ar.txt");
        fake.withFixedDelay(Duration.ofMillis(300));
        Map<String, String> variables = new HashMap<>(variables());
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        variables.put("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + tmp); // what a killed run leaves there, seen
        Process run = PseudoTerminal.start(
                dir, variables, dir.resolve("screen.txt"), "translate", "code-red.ar.txt", "--batch-tokens", "0");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        // the bar drawn: the terminal's width was asked, and jline's native code loaded
        while (fake.requestsOfKind("paragraph_translation").size() < 4 || !screen().contains("\r")) {
            assertThat(run.isAlive()).as("still running; screen:%n%s", screen()).isTrue();
            assertThat(System.nanoTime())
                    .as("requests arrived and the bar was drawn in time")
                    .isLessThan(deadline);
            Thread.sleep(20);
        }

        PseudoTerminal.program(run).orElseThrow().destroyForcibly();

        assertThat(run.waitFor(20, TimeUnit.SECONDS)).isTrue();
        try (var left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.contains("native"));
        }
        try (var copies = Files.walk(dir.resolve(".cache/tarjama/native"))) {
            assertThat(copies.map(p -> p.getFileName().toString())).contains("libjlinenative.so");
        }
    }

    @Test
    void withStandardErrorInALogTheLogGetsPlainLinesAndTheTerminalNoBar() throws Exception {
        Samples.copyCodeRed(dir, "code-red.ar.txt");
        fake.withRandomDelay(40);
        Process run = PseudoTerminal.startLoggingErrors(
                dir,
                variables(),
                dir.resolve("screen.txt"),
                "run.log",
                "translate",
                "--backend",
                "openai",
                "--model",
                "fake",
                "code-red.ar.txt",
                "-o",
                "out");

        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).isEqualTo(ExitCodes.OK);
        String log = Files.readString(dir.resolve("run.log"), StandardCharsets.UTF_8);
        assertThat(log)
                .contains("20/20 paragraphs translated")
                .doesNotContain("\u001b")
                .doesNotContain("\r");
        assertThat(PseudoTerminal.lines(screen())).containsExactly("out/code-red.ar");
    }

    @Test
    void noColorKeepsTheBarButDropsItsColours() throws Exception {
        Files.createDirectories(dir.resolve("articles/2026"));
        Samples.copyCodeRed(dir.resolve("articles/2026"), "code-red.ar.txt");
        fake.withRandomDelay(150);
        Map<String, String> variables = new HashMap<>(variables());
        variables.put("NO_COLOR", "1");
        Process run = PseudoTerminal.start(
                dir,
                variables,
                dir.resolve("screen.txt"),
                "translate",
                "--batch-tokens",
                "0", // one request per paragraph: the bar moves while requests are in flight
                "--backend",
                "openai",
                "--model",
                "fake",
                "articles/2026/code-red.ar.txt",
                "-o",
                "out");

        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String screen = screen();
        assertThat(screen).contains("\r").contains("20/20").contains("code-red.ar.txt");
        assertThat(screen).as("no colour codes").doesNotContainPattern("\u001b\\[[0-9;]*m");
        assertThat(screen)
                .as("the bar is labelled with the file's name, not its path")
                .containsPattern("code-red\\.ar\\.txt +\\d+%")
                .doesNotContainPattern("articles/2026/code-red\\.ar\\.txt +\\d+%");
        assertThat(screen).as("the bar keeps its room").containsPattern("\\|[^|\\n]{10,}\\|");
    }

    @Test
    void outputFilesFollowTheUmaskLikeEveryOtherProgramsFiles() throws Exception {
        Samples.copyCodeRed(dir, "code-red.ar.txt");
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(
                        "sh",
                        "-c",
                        "umask 027; exec \"$0\" -jar \"$1\" translate " + "code-red.ar.txt -q -o out",
                        java,
                        PseudoTerminal.jar().toString())
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile());
        builder.environment().putAll(variables());
        Process run = builder.start();

        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).as(Files.readString(dir.resolve("out.txt"))).isZero();
        try (var files = Files.list(dir.resolve("out/code-red.ar"))) {
            assertThat(files.toList())
                    .hasSize(4)
                    .allSatisfy(file -> assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                            .as(file.toString())
                            .isEqualTo("rw-r-----"));
        }
    }
}
