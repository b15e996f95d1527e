package dev.tarjama.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tarjama.testing.PseudoTerminal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** What the packaged jar carries. */
class PackagedJarIT {
    @Test
    void theJarCarriesTheRepositorysPromptTemplatesByteForByte() throws IOException {
        try (ZipFile jar = new ZipFile(PseudoTerminal.jar().toFile())) {
            for (String name : List.of("translate.prompt", "glossary.prompt", "brief.prompt")) {
                var entry = jar.getEntry("prompts/" + name);
                assertThat(entry).as("prompts/%s in the jar", name).isNotNull();
                try (var in = jar.getInputStream(entry)) {
                    assertThat(in.readAllBytes()).as(name).isEqualTo(Files.readAllBytes(Path.of("prompts", name)));
                }
            }
        }
    }

    @Test
    void theJarLeavesOutTheUnusedJdkHttpClient() throws IOException {
        try (ZipFile jar = new ZipFile(PseudoTerminal.jar().toFile())) {
            assertThat(jar.stream().map(e -> e.getName()))
                    .noneMatch(name -> name.startsWith("dev/langchain4j/http/client/jdk/"));
        }
    }
}
