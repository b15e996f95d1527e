package dev.tarjama.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tarjama.testing.PseudoTerminal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Running out of memory is a defect to report in one line with what to do, never a stack trace or exit 1. */
class OutOfMemoryIT {
    @TempDir
    Path dir;

    @Test
    void aHugeInputUnderASmallHeapEndsWithOneLineAndTheInternalErrorCode() throws IOException, InterruptedException {
        Path big = dir.resolve("big.txt");
        Files.writeString(big, ("نص عربي طويل جدا ".repeat(100) + "\n\n").repeat(9000), StandardCharsets.UTF_8);
        String java = ProcessHandle.current().info().command().orElse("java");
        Process run = new ProcessBuilder(List.of(
                        java, "-Xmx48m", "-jar", PseudoTerminal.jar().toString(), "translate", "--dry-run", "-"))
                .directory(dir.toFile())
                .redirectInput(big.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile())
                .start();

        assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(dir.resolve("err.txt"));
        assertThat(run.exitValue()).as(err).isEqualTo(ExitCodes.INTERNAL);
        assertThat(err.strip()).startsWith("tarjama: out of memory").contains("TARJAMA_JAVA_OPTS=-Xmx");
        assertThat(err.strip().lines()).hasSize(1);
    }
}
