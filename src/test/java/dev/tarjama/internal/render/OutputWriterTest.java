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
}
