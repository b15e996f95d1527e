package dev.tarjama.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tarjama.TarjamaException;
import dev.tarjama.internal.http.HttpClients;
import dev.tarjama.internal.local.ModelStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each branch of {@code auto}, and the precedence of flags, environment and config files. */
class BackendResolverTest {
    @TempDir
    Path dir;

    final Map<String, String> env = new HashMap<>();
    final List<String> warnings = new ArrayList<>();

    @BeforeEach
    void isolate() {
        env.put("HOME", dir.toString());
        env.put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        env.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        env.put("OLLAMA_HOST", "http://127.0.0.1:9"); // nothing listens there
    }

    private dev.tarjama.Backend resolve(String backendFlag, String modelFlag) {
        Config config = Config.load(env, dir);
        return new BackendResolver(
                        env,
                        config,
                        config.profile(null),
                        new BackendProbe(new HttpClients(1, Duration.ofSeconds(5))),
                        ModelStore.forEnvironment(env),
                        warnings::add)
                .resolve(backendFlag, modelFlag, null, true);
    }

    @Test
    void autoTakesAnExplicitConfigChoiceFirst() throws IOException {
        env.put("OPENAI_API_KEY", "sk-openai-1234567890");
        env.put("ANTHROPIC_API_KEY", "sk-ant-1234567890");
        Files.writeString(dir.resolve("tarjama.yaml"), "profiles:\n  default:\n    backend: anthropic\n");

        assertThat(resolve(null, null).provider()).isEqualTo("anthropic");
    }

    @Test
    void autoThenTakesTheFirstProviderWhoseKeyIsSetInTheDocumentedOrder() {
        env.put("GOOGLE_API_KEY", "AIza-google-1234567890");
        assertThat(resolve(null, null).provider()).isEqualTo("gemini");

        env.put("ANTHROPIC_API_KEY", "sk-ant-1234567890");
        assertThat(resolve(null, null).provider()).isEqualTo("anthropic");

        env.put("OPENAI_API_KEY", "sk-openai-1234567890");
        dev.tarjama.Backend openai = resolve(null, null);
        assertThat(openai.provider()).isEqualTo("openai");
        assertThat(openai.model()).isEqualTo("gpt-4.1-mini");
        assertThat(openai.apiKey()).isEqualTo("sk-openai-1234567890");
    }

    @Test
    void autoThenTakesOllamaWhenItAnswersQuickly() throws IOException, InterruptedException {
        try (MockWebServer ollama = new MockWebServer()) {
            ollama.enqueue(new MockResponse().setBody("{\"models\":[]}"));
            ollama.start();
            env.put("OLLAMA_HOST", ollama.getHostName() + ":" + ollama.getPort()); // Ollama's own form: host:port

            dev.tarjama.Backend config = resolve(null, null);

            assertThat(config.provider()).isEqualTo("ollama");
            assertThat(config.apiKey()).isNull();
            assertThat(ollama.takeRequest().getPath()).isEqualTo("/api/tags");
        }
    }

    @Test
    void autoThenTakesTheEmbeddedEngineWhenAModelIsInstalled() throws IOException {
        Path models = Files.createDirectories(dir.resolve("cache/tarjama/models"));
        Files.write(models.resolve("tiny-model.gguf"), new byte[] {'G', 'G', 'U', 'F'});

        dev.tarjama.Backend config = resolve(null, null);

        assertThat(config.provider()).isEqualTo("local");
        assertThat(config.model()).isEqualTo("tiny-model");
    }

    @Test
    void withNothingAvailableAutoExits3ListingTheThreeWays() {
        assertThatThrownBy(() -> resolve(null, null))
                .isInstanceOf(TarjamaException.class)
                .hasMessageContaining("set OPENAI_API_KEY, ANTHROPIC_API_KEY or GEMINI_API_KEY")
                .hasMessageContaining("start Ollama")
                .hasMessageContaining("tarjama models pull")
                .extracting(e -> ((TarjamaException) e).kind())
                .isEqualTo(TarjamaException.Kind.BACKEND);
    }

    @Test
    void flagsBeatTheEnvironmentWhichBeatsTheProjectFileWhichBeatsTheUserFile() throws IOException {
        Files.createDirectories(dir.resolve("config/tarjama"));
        Files.writeString(dir.resolve("config/tarjama/config.yaml"), """
                profiles:
                  default:
                    backend: openai
                    model: user-model
                    base_url: https://user.example/v1
                    api_key: env:USER_KEY
                """);
        env.put("USER_KEY", "sk-user-1234567890");
        dev.tarjama.Backend fromUser = resolve(null, null);
        assertThat(fromUser.model()).isEqualTo("user-model");
        assertThat(fromUser.baseUrl()).isEqualTo("https://user.example/v1");
        assertThat(fromUser.apiKey()).isEqualTo("sk-user-1234567890");

        Files.writeString(dir.resolve("tarjama.yaml"), "profiles:\n  default:\n    model: project-model\n");
        assertThat(resolve(null, null).model()).isEqualTo("project-model");
        assertThat(resolve(null, null).baseUrl()).isEqualTo("https://user.example/v1");

        env.put("OPENAI_BASE_URL", "https://env.example/v1");
        env.put("OPENAI_API_KEY", "sk-env-1234567890");
        assertThat(resolve(null, null).baseUrl()).isEqualTo("https://env.example/v1");
        assertThat(resolve(null, null).apiKey()).isEqualTo("sk-env-1234567890");

        assertThat(resolve("openai", "flag-model").model()).isEqualTo("flag-model");
    }

    @Test
    void aPlainTextKeyInAWorldReadableFileIsWarnedAboutButNeverShown() throws IOException {
        Path file = dir.resolve("tarjama.yaml");
        Files.writeString(
                file, "profiles:\n  default:\n    backend: anthropic\n    api_key: sk-ant-plain-1234567890\n");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));

        dev.tarjama.Backend config = resolve(null, null);

        assertThat(config.apiKey()).isEqualTo("sk-ant-plain-1234567890");
        assertThat(warnings)
                .singleElement()
                .asString()
                .contains("plain text")
                .contains("env:VARIABLE")
                .doesNotContain("sk-ant-plain");
    }

    @Test
    void anUnknownBackendIsAUsageError() {
        assertThatThrownBy(() -> resolve("openia", null))
                .hasMessage("unknown backend 'openia'; available: auto, openai, anthropic, gemini, ollama, local")
                .extracting(e -> ((TarjamaException) e).kind())
                .isEqualTo(TarjamaException.Kind.CONFIGURATION);
    }
}
