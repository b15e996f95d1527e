package dev.tarjama.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tarjama.testing.CliRun;
import dev.tarjama.testing.FakeProvider;
import dev.tarjama.testing.Wire;
import java.io.IOException;
import java.nio.file.Path;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackendsCommandTest {
    @TempDir
    Path dir;

    @Test
    void showsEachBackendsConfigurationReachabilityAndCredentialsWithoutKeys()
            throws IOException, InterruptedException {
        try (FakeProvider openai = new FakeProvider(Wire.OPENAI);
                MockWebServer anthropic = new MockWebServer()) {
            anthropic.enqueue(new MockResponse().setResponseCode(401).setBody("{\"type\":\"error\"}"));
            anthropic.start();

            CliRun.Result result = new CliRun(dir)
                    .against(openai)
                    .env("ANTHROPIC_API_KEY", "sk-ant-refused-1234567890")
                    .env("ANTHROPIC_BASE_URL", anthropic.url("/v1").toString())
                    .run("backends");

            assertThat(result.exitCode()).isZero();
            String out = result.out();
            assertThat(out).containsPattern("openai\\s+key from OPENAI_API_KEY\\s+yes\\s+accepted\\s+gpt-4\\.1-mini");
            assertThat(out)
                    .containsPattern(
                            "anthropic\\s+key from ANTHROPIC_API_KEY\\s+yes\\s+refused \\(HTTP 401\\)\\s+claude-haiku-4-5");
            assertThat(out).containsPattern("gemini\\s+no key\\s+-\\s+-\\s+gemini-2\\.5-flash");
            assertThat(out)
                    .containsPattern(
                            "ollama\\s+URL from OLLAMA_HOST\\s+no\\s+-\\s+qwen2\\.5:7b\\s+http://127\\.0\\.0\\.1:9");
            assertThat(out).containsPattern("local\\s+no model installed");
            assertThat(out.lines()).as("fits an 80-column terminal").allMatch(line -> line.length() <= 80);
            assertThat(out).doesNotContain(CliRun.KEY).doesNotContain("sk-ant-refused");
            var probe = anthropic.takeRequest();
            assertThat(probe.getPath()).isEqualTo("/v1/models");
            assertThat(probe.getHeader("x-api-key")).isEqualTo("sk-ant-refused-1234567890");
        }
    }

    @Test
    void aServerThatAnswersTheListingWithSomethingOtherThanJsonIsNotCountedAsAccepting() throws IOException {
        try (MockWebServer proxy = new MockWebServer()) {
            proxy.enqueue(new MockResponse().setBody("<html><body>Welcome to our captive portal</body></html>"));
            proxy.start();

            CliRun.Result result = new CliRun(dir)
                    .env("OPENAI_API_KEY", "sk-test-1234567890abcdef")
                    .env("OPENAI_BASE_URL", proxy.url("/v1").toString())
                    .run("backends", "--json");

            assertThat(result.exitCode()).as("no backend is usable").isEqualTo(dev.tarjama.cli.ExitCodes.BACKEND);
            assertThat(result.out())
                    .contains("\"credentials\" : \"unclear (not a model listing)\"")
                    .contains("\"usable\" : false");
            assertThat(result.err()).contains("no backend is usable");
        }
    }

    @Test
    void withNothingConfiguredItSaysHowToGetGoingAndExits3() {
        CliRun.Result result = new CliRun(dir).env("OLLAMA_HOST", "").run("backends", "--offline");

        assertThat(result.exitCode()).isEqualTo(dev.tarjama.cli.ExitCodes.BACKEND);
        assertThat(result.err()).contains("set OPENAI_API_KEY").contains("tarjama models pull");
    }
}
