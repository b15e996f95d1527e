package dev.tarjama.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {
    @TempDir
    Path dir;

    private Config load() {
        return Config.load(
                Map.of(
                        "HOME",
                        dir.toString(),
                        "XDG_CONFIG_HOME",
                        dir.resolve("xdg").toString()),
                dir);
    }

    @Test
    void profilesAreChosenByFlagThenByTheFilesDefault() throws IOException {
        Files.writeString(dir.resolve("tarjama.yaml"), """
                profile: fast
                profiles:
                  fast: {backend: openai, model: gpt-4.1-nano, concurrency: 8, rpm: 500, tpm: 200000}
                  careful: {backend: anthropic, model: claude-sonnet-4-5, max_attempts: 8, timeout: 3m}
                prices:
                  gpt-4.1-nano: {input: 0.1, output: 0.4}
                """);

        Config config = load();

        assertThat(config.profile(null).name()).isEqualTo("fast");
        assertThat(config.profile(null).values().concurrency()).isEqualTo(8);
        assertThat(config.profile(null).values().tpm()).isEqualTo(200_000L);
        assertThat(config.profile("careful").values().model()).isEqualTo("claude-sonnet-4-5");
        assertThat(config.profile("careful").values().timeout()).isEqualTo("3m");
        assertThat(config.prices().get("gpt-4.1-nano").inputPerMillion()).isEqualTo(0.1);
        assertThatThrownBy(() -> config.profile("nope")).hasMessageStartingWith("--profile nope: no such profile in ");
    }

    @Test
    void aTypoIsNamedInsteadOfIgnored() throws IOException {
        Files.writeString(dir.resolve("tarjama.yaml"), "profiles:\n  default:\n    modle: x\n");

        assertThatThrownBy(this::load).hasMessageContaining("unknown key 'modle' in profile 'default'");
    }

    @Test
    void brokenYamlIsAUsageErrorNamingTheFile() throws IOException {
        Files.writeString(dir.resolve("tarjama.yaml"), "profile: a\nprofiles:\n  a: [unclosed\n");

        assertThatThrownBy(this::load)
                .hasMessageStartingWith(dir.resolve("tarjama.yaml") + ": line ")
                .hasMessageContaining("not valid YAML")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void withoutFilesThereIsNoProfile() {
        assertThat(load().profile(null).name()).isNull();
        assertThat(load().profile(null).values()).isEqualTo(Profile.EMPTY);
    }

    @Test
    void aStandingGlossaryMatchesItsSiteOrItsPathsOnly() throws IOException {
        Files.writeString(dir.resolve("tarjama.yaml"), """
                glossaries:
                  aljazeera.net: g/aljazeera.tsv
                  "archive/**/*.txt": g/archive.tsv
                """);
        Config config = load();

        assertThat(config.glossariesFor("https://www.aljazeera.net/news/2026/x", dir))
                .containsExactly(dir.resolve("g/aljazeera.tsv"));
        assertThat(config.glossariesFor("https://notaljazeera.net/x", dir)).isEmpty();
        assertThat(config.glossariesFor("archive/2026/a.txt", dir)).containsExactly(dir.resolve("g/archive.tsv"));
        assertThat(config.glossariesFor("today/a.txt", dir)).isEmpty();
        assertThat(config.glossariesFor("-", dir)).isEmpty();
    }
}
