package dev.tarjama.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tarjama.testing.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bash completion script, called as bash calls it: the completion function with the words typed so far. */
class CompletionTest {
    @TempDir
    Path dir;

    @Test
    void inputsCompleteToFilesAndFoldersAndOptionsToTheirValues() throws Exception {
        CliRun.Result script = new CliRun(dir).run("completion", "bash");
        assertThat(script.exitCode()).as(script.err()).isZero();
        Files.writeString(dir.resolve("tarjama.bash"), script.out());
        Files.createDirectories(dir.resolve("samples"));
        Files.writeString(dir.resolve("samples/code-red.ar.txt"), "x");
        Files.writeString(dir.resolve("glossary.tsv"), "x");

        assertThat(complete("tarjama", "translate", "sampl")).containsExactly("samples");
        assertThat(complete("tarjama", "translate", "samples/")).containsExactly("samples/code-red.ar.txt");
        assertThat(complete("tarjama", "translate", "--format", "")).contains("pdf", "html", "all", "xliff");
        assertThat(complete("tarjama", "translate", "--backend", "an")).containsExactly("anthropic");
        assertThat(complete("tarjama", "translate", "--paper", "")).containsExactlyInAnyOrder("a4", "letter");
        assertThat(complete("tarjama", "translate", "--glossary", "gl")).containsExactly("glossary.tsv");
        assertThat(complete("tarjama", "import", "sam")).containsExactly("samples");
        assertThat(complete("tarjama", "tr")).containsExactly("translate");
        assertThat(complete("tarjama", "translate", "--fo")).containsExactly("--format");
    }

    /** What the completion offers for the last word of {@code words}, as bash would list it. */
    private List<String> complete(String... words) throws IOException, InterruptedException {
        StringBuilder array = new StringBuilder();
        for (String word : words) {
            array.append(" '").append(word).append('\'');
        }
        String program = "source ./tarjama.bash\n"
                + "COMP_WORDS=(" + array + " )\n"
                + "COMP_CWORD=" + (words.length - 1) + "\n"
                + "COMP_LINE=\"${COMP_WORDS[*]}\"\n"
                + "_complete_tarjama\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        Process bash = new ProcessBuilder("bash", "-c", program)
                .directory(dir.toFile())
                // compopt complains outside a real completion; what is offered is on stdout
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return out.lines().filter(line -> !line.isBlank()).toList();
    }
}
