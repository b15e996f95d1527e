package dev.tarjama.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tarjama.testing.CliRun;
import dev.tarjama.testing.FakeProvider;
import dev.tarjama.testing.PseudoTerminal;
import dev.tarjama.testing.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's Java example, taken from the README, compiled and run against the packaged jar. */
class ReadmeExampleIT {
    private static final Pattern EXAMPLE =
            Pattern.compile("<!-- example: (\\w+\\.java) -->\\s*```java\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path dir;

    @Test
    void theReadmesJavaExampleCompilesRunsAndBriefsTheSample() throws IOException, InterruptedException {
        Matcher example = EXAMPLE.matcher(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8));
        assertThat(example.find()).as("the README has its Java example").isTrue();
        Path source = dir.resolve(example.group(1));
        Files.writeString(source, example.group(2));
        Samples.copyCodeRed(dir, "article.txt");
        String jar = PseudoTerminal.jar().toString();

        int compiled = ToolProvider.getSystemJavaCompiler()
                .run(null, null, null, "-cp", jar, "-d", dir.toString(), source.toString());
        assertThat(compiled).as("javac's exit code").isZero();

        try (FakeProvider fake = new FakeProvider()) {
            String java = ProcessHandle.current().info().command().orElse("java");
            ProcessBuilder run = new ProcessBuilder(List.of(
                            java, "-cp", jar + ":" + dir, example.group(1).replace(".java", ""), "article.txt"))
                    .directory(dir.toFile())
                    .redirectOutput(dir.resolve("out.txt").toFile())
                    .redirectError(dir.resolve("err.txt").toFile());
            run.environment().putAll(fake.variables(CliRun.KEY));
            Process process = run.start();
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String out = Files.readString(dir.resolve("out.txt"));
            assertThat(process.exitValue())
                    .as(Files.readString(dir.resolve("err.txt")))
                    .isZero();
            assertThat(out)
                    .startsWith("OpenAI declares Code Red against Google")
                    .contains("- OpenAI is valued");
            assertThat(dir.resolve("briefs/article/brief.md")).isNotEmptyFile();
            assertThat(dir.resolve("answers.db")).exists();
            assertThat(fake.requests())
                    .as("the paragraphs in one request, the brief")
                    .hasSize(2);
        }
    }
}
