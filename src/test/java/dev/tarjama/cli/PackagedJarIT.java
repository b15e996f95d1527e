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

    @Test
    void theJarCarriesItsLicenceAndTheThirdPartyNotices() throws IOException {
        try (ZipFile jar = new ZipFile(PseudoTerminal.jar().toFile())) {
            for (String name : List.of("LICENSE", "NOTICE")) {
                try (var in = jar.getInputStream(jar.getEntry(name))) {
                    assertThat(in.readAllBytes()).as(name).isEqualTo(Files.readAllBytes(Path.of(name)));
                }
            }
            try (var in = jar.getInputStream(jar.getEntry("THIRD-PARTY.txt"))) {
                String notices = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertThat(notices)
                        .contains("okhttp (com.squareup.okhttp3:okhttp")
                        .contains("picocli")
                        .contains("lucene-analysis-common")
                        .doesNotContain("junit"); // test libraries are not shipped
            }
            assertThat(jar.getEntry("dev/tarjama/internal/render/fonts/OFL.txt"))
                    .isNotNull();
        }
    }
}
