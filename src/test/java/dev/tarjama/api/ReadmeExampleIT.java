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

    private static Matcher example(String name) throws IOException {
        Matcher example = EXAMPLE.matcher(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8));
        while (example.find()) {
            if (example.group(1).equals(name)) {
                return example;
            }
        }
        throw new AssertionError("the README has no Java example " + name);
    }

    @Test
    void theReadmesWatchExampleRunsOneCycleOverAFolderThroughTheLibrary() throws IOException, InterruptedException {
        Matcher example = example("Example.java");
        Path source = dir.resolve("Example.java");
        Files.writeString(source, example.group(2));
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Samples.copyCodeRed(inbox, "code-red.txt");
        Files.writeString(inbox.resolve("short.txt"), "عنوان قصير\n\nقال المتحدث إن الاجتماع سيعقد غدا في القاهرة.\n");
        String jar = PseudoTerminal.jar().toString();
        int compiled = ToolProvider.getSystemJavaCompiler()
                .run(null, null, null, "-cp", jar, "-d", dir.toString(), source.toString());
        assertThat(compiled).as("javac's exit code").isZero();

        try (FakeProvider fake = new FakeProvider()) {
            String java = ProcessHandle.current().info().command().orElse("java");
            ProcessBuilder run = new ProcessBuilder(List.of(java, "-cp", jar + ":" + dir, "Example", "inbox", "out"))
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
            assertThat(out).contains("cycle: 2 new, 0 updated, 0 unchanged, 0 failed");
            assertThat(dir.resolve("out/code-red/brief.md")).isNotEmptyFile();
            assertThat(dir.resolve("out/short/bilingual.html")).isNotEmptyFile();
            assertThat(dir.resolve("out/index.html")).content().contains("code-red/bilingual.html");
            assertThat(dir.resolve("out/.tarjama/state.db")).exists();
        }
    }

    @Test
    void theReadmesJavaExampleCompilesRunsAndBriefsTheSample() throws IOException, InterruptedException {
        Matcher example = example("TranslateArticle.java");
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
            List<String> kinds =
                    fake.requests().stream().map(FakeProvider.Recorded::kind).toList();
            assertThat(kinds)
                    .as("the paragraphs in a few batches (as the planner cut them), the brief")
                    .contains("paragraph_batch", "article_brief")
                    .filteredOn(kind -> kind.equals("paragraph_batch"))
                    .hasSizeLessThanOrEqualTo(4);
            assertThat(kinds).filteredOn(kind -> kind.equals("article_brief")).hasSize(1);
            // the example runs with the installed dictionary, if any: the fake's synthetic English is no translation,
            // so the addition check may flag a paragraph, which is asked once more on its own, never twice
            assertThat(kinds)
                    .filteredOn(kind -> kind.equals("paragraph_translation"))
                    .hasSizeLessThanOrEqualTo(20);
        }
    }
}
