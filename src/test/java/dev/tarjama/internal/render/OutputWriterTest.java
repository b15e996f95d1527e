package dev.tarjama.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tarjama.model.TranslatedArticle;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {
    @TempDir
    Path dir;

    private static OutputFormat named(String name) {
        return new OutputFormat() {
            @Override
            public String fileName() {
                return name;
            }

            @Override
            public void write(TranslatedArticle article, OutputStream out) throws java.io.IOException {
                out.write(name.getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    @Test
    void theRecordThatClaimsTheFolderIsWrittenFirstWhateverOrderTheFormatsCameIn() {
        List<Path> written = new OutputWriter(
                        List.of(named("brief.md"), named("bilingual.html"), named("article.json")))
                .write(null, dir.resolve("story"));

        assertThat(written)
                .extracting(p -> p.getFileName().toString())
                .containsExactly("article.json", "brief.md", "bilingual.html");
        assertThat(dir.resolve("story").toFile().list())
                .containsExactlyInAnyOrder("article.json", "brief.md", "bilingual.html");
    }

    @Test
    void aParagraphTooLongForAPdfPageSkipsThePdfWithAWarningAndTheRestIsWritten() throws Exception {
        String longText = "نص طويل جدا ".repeat(3_000);
        TranslatedArticle article =
                ArticleRecordTest.article(longText, List.of(longText), "A very long text. ".repeat(2_000));
        Path folder = java.nio.file.Files.createDirectories(dir.resolve("long"));
        java.nio.file.Files.writeString(folder.resolve("bilingual.pdf"), "an earlier version's PDF");
        List<String> warnings = new java.util.ArrayList<>();

        long started = System.nanoTime();
        List<Path> written =
                new OutputWriter(Formats.select(List.of("json", "pdf", "html"))).write(article, folder, warnings::add);

        assertThat(written)
                .extracting(p -> p.getFileName().toString())
                .containsExactly("article.json", "bilingual.html");
        assertThat(folder.resolve("bilingual.pdf"))
                .as("no stale PDF beside the new record")
                .doesNotExist();
        assertThat(warnings)
                .singleElement()
                .asString()
                .contains("bilingual.pdf is not written: paragraph 1 has 36,000 characters, more than the 20,000");
        assertThat((System.nanoTime() - started) / 1e9).as("seconds").isLessThan(10.0);
    }
}
