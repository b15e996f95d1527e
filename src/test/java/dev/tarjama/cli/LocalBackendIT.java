package dev.tarjama.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tarjama.testing.CliRun;
import dev.tarjama.testing.TinyGguf;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline on the embedded engine, with the tiny random model: real loading and generation, gibberish out. */
class LocalBackendIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void withNothingElseAvailableAutoRunsTheInstalledModelInTheEmbeddedEngine() throws IOException {
        Path models = Files.createDirectories(dir.resolve(".cache/tarjama/models"));
        TinyGguf.write(models.resolve("tiny.gguf"));
        Files.writeString(dir.resolve("a.txt"), """
                قمة اقتصادية في الرياض

                افتتحت في الرياض اليوم قمة اقتصادية يشارك فيها ممثلون عن 40 دولة.

                وقال المنظمون إن القمة ستناقش التجارة والطاقة على مدى ثلاثة أيام.
                """, StandardCharsets.UTF_8);

        CliRun.Result list = new CliRun(dir).run("models", "list");
        CliRun.Result result =
                new CliRun(dir).run("translate", "a.txt", "-j", "2", "--retry-delay", "10ms", "--strict");

        assertThat(list.out()).contains("tiny").contains("tarjama");
        // random weights write gibberish: --strict turns the flags the checks raise on it into exit 1
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.PARTIAL);
        Path out = dir.resolve("output/a");
        assertThat(Stream.of("brief.md", "bilingual.html", "bilingual.md", "article.json")
                        .map(out::resolve))
                .allSatisfy(file -> assertThat(file).isNotEmptyFile());
        JsonNode article = JSON.readTree(out.resolve("article.json").toFile());
        assertThat(article.at("/backend/provider").asText()).isEqualTo("local");
        assertThat(article.at("/backend/model").asText()).isEqualTo("tiny");
        assertThat(article.get("paragraphs")).hasSize(3);
        assertThat(article.at("/usage/requests").asInt()).isGreaterThanOrEqualTo(5); // glossary, 3 paragraphs, brief
        assertThat(article.at("/usage/output_tokens").asInt()).isPositive();
        // "40 countries" cannot survive gibberish: the numbers check catches it (or the paragraph failed outright)
        JsonNode withFigure = article.at("/paragraphs/1");
        assertThat(withFigure.get("status").asText().equals("failed")
                        || withFigure.get("checks").toString().contains("\"numbers\""))
                .as(withFigure.toString())
                .isTrue();
    }
}
