package dev.tarjama.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tarjama.testing.CliRun;
import dev.tarjama.testing.DictdFixture;
import dev.tarjama.testing.FakeProvider;
import dev.tarjama.testing.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the addition check's dictionary comes from, as a user says it: a flag, the environment, the config file. */
class LexiconOptionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    FakeProvider fake;

    @BeforeEach
    void start() throws IOException {
        fake = new FakeProvider();
        Samples.copyCodeRed(dir, "story.txt");
        new DictdFixture().entry("شركة", "Company").writeTo(dir.resolve("dict"));
    }

    @AfterEach
    void stop() throws IOException {
        fake.close();
    }

    private CliRun cli() {
        return new CliRun(dir).against(fake);
    }

    @Test
    void aPlaceWithoutADictionaryIsAOneLineConfigurationError() {
        CliRun.Result result = cli().run("translate", "story.txt", "--lexicon", "nowhere", "--dry-run");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err().strip().lines())
                .singleElement()
                .satisfies(line -> assertThat(line).contains("nowhere").contains("dict-freedict-ara-eng"));
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void aDictionaryNamedByFlagEnvironmentOrConfigIsUsedAndOffSaysNothing() throws IOException {
        CliRun.Result flag = cli().run("translate", "story.txt", "--lexicon", "dict", "--dry-run");
        assertThat(flag.exitCode()).as(flag.err()).isZero();
        assertThat(flag.out()).doesNotContain("addition check is off");

        CliRun.Result env = cli().env(
                        "TARJAMA_LEXICON",
                        dir.resolve("dict/freedict-ara-eng.index").toString())
                .run("translate", "story.txt", "--dry-run");
        assertThat(env.exitCode()).as(env.err()).isZero();

        Files.writeString(dir.resolve("tarjama.yaml"), "profiles:\n  default:\n    lexicon: dict\n");
        CliRun.Result config = cli().env("TARJAMA_LEXICON", "").run("backends", "--offline", "--json");
        JsonNode check = JSON.readTree(config.out()).get("addition_check");
        assertThat(check.get("on").asBoolean()).isTrue();
        assertThat(check.get("dictionary").asText()).endsWith("dict/freedict-ara-eng.index");

        CliRun.Result off = cli().run("translate", "story.txt", "--lexicon", "off", "--dry-run");
        assertThat(off.out()).doesNotContain("addition check");
        CliRun.Result offBackends = cli().run("backends", "--offline", "--json");
        assertThat(JSON.readTree(offBackends.out())
                        .get("addition_check")
                        .get("on")
                        .asBoolean())
                .isFalse();
        assertThat(JSON.readTree(offBackends.out())
                        .get("addition_check")
                        .get("install")
                        .isNull())
                .isTrue();
    }
}
