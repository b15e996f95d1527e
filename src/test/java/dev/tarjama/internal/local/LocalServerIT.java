package dev.tarjama.internal.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tarjama.testing.TinyGguf;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded engine in its own process, on a tiny random model the test writes itself. */
class LocalServerIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aChildProcessLoadsTheModelAndAnswersWithJsonThatFitsTheSchema() throws IOException {
        Path gguf = TinyGguf.write(dir.resolve("tiny.gguf"));
        InstalledModel model =
                new InstalledModel("tiny", gguf, "tarjama", gguf.toFile().length());
        try (LocalEngine engine =
                new LocalEngine(model, LocalEngine.sameJvm("dev.tarjama.cli.Main"), Duration.ofMinutes(1))) {
            String url = engine.ensureRunning();
            assertThat(url).matches("http://127\\.0\\.0\\.1:\\d+/v1");

            String request = """
                    {"model": "tiny", "temperature": 0.8, "seed": 7, "max_tokens": 400,
                     "messages": [{"role": "system", "content": "Translate."}, {"role": "user", "content": "مرحبا"}],
                     "response_format": {"type": "json_schema", "json_schema": {"name": "t", "strict": true, "schema":
                       {"type": "object", "properties": {"translation": {"type": "string", "maxLength": 40},
                        "summary": {"type": "string", "maxLength": 40}},
                        "required": ["translation", "summary"], "additionalProperties": false}}}}
                    """;
            OkHttpClient http = new OkHttpClient.Builder()
                    .callTimeout(Duration.ofMinutes(1))
                    .build();
            try (Response response = http.newCall(new Request.Builder()
                            .url(url + "/chat/completions")
                            .post(RequestBody.create(request, MediaType.get("application/json")))
                            .build())
                    .execute()) {
                assertThat(response.code()).isEqualTo(200);
                JsonNode body = JSON.readTree(response.body().string());
                JsonNode answer =
                        JSON.readTree(body.at("/choices/0/message/content").asText());
                assertThat(List.of(answer.fieldNames().next())).containsAnyOf("translation", "summary");
                assertThat(answer.get("translation").isTextual()).isTrue();
                assertThat(answer.get("summary").isTextual()).isTrue();
                assertThat(body.at("/usage/prompt_tokens").asInt()).isPositive();
                assertThat(body.at("/usage/completion_tokens").asInt()).isPositive();
            }
        }
    }

    @Test
    void aCrashedEngineIsStartedAgainOnTheNextRequest() throws IOException, InterruptedException {
        Path gguf = TinyGguf.write(dir.resolve("tiny.gguf"));
        InstalledModel model =
                new InstalledModel("tiny", gguf, "tarjama", gguf.toFile().length());
        try (LocalEngine engine =
                new LocalEngine(model, LocalEngine.sameJvm("dev.tarjama.cli.Main"), Duration.ofMinutes(1))) {
            engine.ensureRunning();
            ProcessHandle first = engine.process().orElseThrow();
            first.destroyForcibly();
            first.onExit().join();

            String url = engine.ensureRunning();

            assertThat(engine.process().orElseThrow().pid()).isNotEqualTo(first.pid());
            OkHttpClient http = new OkHttpClient();
            try (Response response = http.newCall(
                            new Request.Builder().url(url + "/models").build())
                    .execute()) {
                assertThat(JSON.readTree(response.body().string())
                                .at("/data/0/id")
                                .asText())
                        .isEqualTo("tiny");
            }
        }
    }
}
