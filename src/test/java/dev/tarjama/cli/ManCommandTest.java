package dev.tarjama.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tarjama.testing.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Man pages made from the command line itself, with the sections a user looks for, rendered by man itself. */
class ManCommandTest {
    @TempDir
    Path dir;

    @Test
    void aCommandsPageHasEverySectionAndASynopsisAsTyped() {
        CliRun.Result result = new CliRun(dir).run("man", "translate");

        assertThat(result.exitCode()).as(result.err()).isZero();
        String page = result.out();
        assertThat(page).startsWith(".TH TARJAMA-TRANSLATE 1 ");
        for (String section : new String[] {
            "NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "EXAMPLES", "EXIT STATUS", "FILES", "ENVIRONMENT", "SEE ALSO"
        }) {
            assertThat(page).as(section).contains("\n.SH " + section + "\n");
        }
        assertThat(page).contains("\\fI<file|url|\\->\\fR...").doesNotContain("→");
        assertThat(page).contains("\\fB\\-\\-format\\fR").contains("tarjama translate article.txt");
    }

    @Test
    void everyPageIsWrittenWithOAndManRendersIt() throws IOException, InterruptedException {
        CliRun.Result result = new CliRun(dir).run("man", "-o", "man1");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(dir.resolve("man1/tarjama.1")).isRegularFile();
        assertThat(dir.resolve("man1/tarjama-translate.1")).isRegularFile();
        assertThat(dir.resolve("man1/tarjama-models-pull.1")).isRegularFile();
        assertThat(dir.resolve("man1/tarjama-help.1")).doesNotExist();

        Path man = Path.of("/usr/bin/man");
        if (Files.isExecutable(man)) {
            Process render = new ProcessBuilder(
                            man.toString(),
                            "-l",
                            dir.resolve("man1/tarjama-translate.1").toString())
                    .redirectErrorStream(true)
                    .start();
            render.getOutputStream().close();
            String text = new String(render.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(render.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(text).contains("EXIT STATUS").contains("--dry-run").contains("tarjama translate");
        }
    }

    @Test
    void anUnknownCommandIsAOneLineUsageError() {
        CliRun.Result result = new CliRun(dir).run("man", "transalte");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err().strip().lines()).hasSize(1);
    }
}
