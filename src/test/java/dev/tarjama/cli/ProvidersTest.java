package dev.tarjama.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tarjama.testing.CliRun;
import dev.tarjama.testing.FakeProvider;
import dev.tarjama.testing.Samples;
import dev.tarjama.testing.Wire;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The sample article through the whole pipeline against each provider's wire format, and its failures. */
class ProvidersTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    FakeProvider fake;

    @AfterEach
    void stop() throws IOException {
        if (fake != null) {
            fake.close();
        }
    }

    /** What each wire must show: the request path, the credential header, the model, and its JSON mode. */
    private record Expected(String path, String credential, String model, Predicate<JsonNode> jsonMode) {}

    private static Expected expected(Wire wire) {
        return switch (wire) {
            case OPENAI ->
                new Expected(
                        "/v1/chat/completions",
                        "Bearer " + CliRun.KEY,
                        "gpt-4.1-mini",
                        body -> body.at("/response_format/type").asText().equals("json_schema")
                                && body.at("/response_format/json_schema/schema/type")
                                        .asText()
                                        .equals("object"));
            case ANTHROPIC ->
                new Expected(
                        "/v1/messages",
                        CliRun.KEY,
                        "claude-haiku-4-5",
                        body -> body.has("output_config") && body.toString().contains("json_schema"));
            case GEMINI ->
                new Expected(
                        "/v1beta/models/gemini-2.5-flash:generateContent",
                        CliRun.KEY,
                        "gemini-2.5-flash",
                        body -> body.at("/generationConfig/responseMimeType")
                                .asText()
                                .equals("application/json"));
            case OLLAMA ->
                new Expected(
                        "/api/chat",
                        null,
                        "qwen2.5:7b",
                        body -> body.path("format").isObject()
                                && body.at("/format/type").asText().equals("object"));
        };
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Wire.class)
    void translatesTheSampleThroughEachProvidersWireFormat(Wire wire) throws IOException {
        fake = new FakeProvider(wire);
        Samples.copyCodeRed(dir, "a.txt");

        CliRun.Result result = new CliRun(dir).against(fake).run("translate", "a.txt", "-v", "--plan", "cheapest");
        CliRun.Result single =
                new CliRun(dir).perParagraph().against(fake).run("translate", "a.txt", "-o", "single", "--no-cache");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(single.exitCode()).as(single.err()).isZero();
        List<FakeProvider.Recorded> posts = fake.requests();
        assertThat(posts.subList(0, 2))
                .extracting(FakeProvider.Recorded::kind)
                .as("the 20 paragraphs in one request, the brief")
                .containsExactly("paragraph_batch", "article_brief");
        assertThat(FakeProvider.batchBlocks(posts.get(0).userMessage())).hasSize(20);
        assertThat(posts).as("then one request per paragraph and the brief").hasSize(2 + 21);
        Expected expected = expected(wire);
        assertThat(posts).allSatisfy(r -> {
            assertThat(r.path()).isEqualTo(expected.path());
            assertThat(r.authorization()).isEqualTo(expected.credential());
            if (wire != Wire.GEMINI) { // Gemini names the model in the path
                assertThat(r.body().path("model").asText()).isEqualTo(expected.model());
            }
            assertThat(expected.jsonMode().test(r.body()))
                    .as("JSON mode in %s", r.body())
                    .isTrue();
        });
        for (String folder : List.of("output", "single")) {
            JsonNode article =
                    JSON.readTree(dir.resolve(folder).resolve("a/article.json").toFile());
            int requests = folder.equals("output") ? 2 : 21;
            assertThat(article.at("/backend/provider").asText())
                    .isEqualTo(wire.name().toLowerCase());
            assertThat(article.at("/backend/model").asText()).isEqualTo(expected.model());
            assertThat(article.at("/usage/input_tokens").asInt()).isEqualTo(requests * 120);
            assertThat(article.at("/usage/output_tokens").asInt()).isEqualTo(requests * 40);
            assertThat(article.get("paragraphs"))
                    .allSatisfy(p -> assertThat(p.get("status").asText()).isEqualTo("ok"));
            assertThat(article.at("/brief/headline").asText()).isNotEmpty();
        }
        assertThat(result.err()).doesNotContain(CliRun.KEY);
    }

    static List<Arguments> promptCaches() {
        // per request: 20 fresh + 100 cached input tokens, 40 output, at the built-in prices (cached: a tenth)
        return List.of(
                Arguments.of(Wire.OPENAI, 2 * (20 * 0.40 + 100 * 0.04 + 40 * 1.60) / 1e6),
                Arguments.of(Wire.ANTHROPIC, 2 * (20 * 1.00 + 100 * 0.10 + 40 * 5.00) / 1e6),
                Arguments.of(Wire.GEMINI, 2 * (20 * 0.30 + 100 * 0.03 + 40 * 2.50) / 1e6));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("promptCaches")
    void promptCacheReadsAreCountedAndPricedAtTheCachedRate(Wire wire, double cost) throws IOException {
        fake = new FakeProvider(wire).withCachedPrefix(100);
        Samples.copyCodeRed(dir, "a.txt");

        CliRun.Result result = new CliRun(dir).against(fake).run("translate", "a.txt", "--plan", "cheapest");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode usage =
                JSON.readTree(dir.resolve("output/a/article.json").toFile()).get("usage");
        assertThat(usage.get("requests").asInt()).isEqualTo(2);
        assertThat(usage.get("input_tokens").asInt())
                .as("cached reads are input too")
                .isEqualTo(2 * 120);
        assertThat(usage.get("cached_input_tokens").asInt()).isEqualTo(2 * 100);
        assertThat(usage.get("cost_usd").asDouble()).isCloseTo(cost, org.assertj.core.data.Offset.offset(1e-9));
        if (wire == Wire.ANTHROPIC) {
            assertThat(fake.requests())
                    .as("the system prompt is marked for Anthropic's prompt cache")
                    .allSatisfy(r -> assertThat(
                                    r.body().at("/system/0/cache_control/type").asText())
                            .isEqualTo("ephemeral"));
        }
    }

    static List<Arguments> failures() {
        return List.of(
                Arguments.of(Wire.OPENAI, 401, ExitCodes.BACKEND, "refused the credentials (HTTP 401)"),
                Arguments.of(Wire.ANTHROPIC, 401, ExitCodes.BACKEND, "refused the credentials (HTTP 401)"),
                Arguments.of(Wire.GEMINI, 403, ExitCodes.BACKEND, "refused the credentials (HTTP 403)"),
                Arguments.of(Wire.OPENAI, 404, ExitCodes.BACKEND, "model 'gpt-4.1-mini' is not available"),
                Arguments.of(Wire.ANTHROPIC, 404, ExitCodes.BACKEND, "model 'claude-haiku-4-5' is not available"),
                Arguments.of(Wire.GEMINI, 404, ExitCodes.BACKEND, "model 'gemini-2.5-flash' is not available"),
                Arguments.of(Wire.OLLAMA, 404, ExitCodes.BACKEND, "model 'qwen2.5:7b' is not available"),
                Arguments.of(Wire.OPENAI, 503, ExitCodes.PARTIAL, "server error (HTTP 503) after 2 attempts"),
                Arguments.of(Wire.ANTHROPIC, 529, ExitCodes.PARTIAL, "server error (HTTP 529) after 2 attempts"),
                Arguments.of(Wire.GEMINI, 500, ExitCodes.PARTIAL, "server error (HTTP 500) after 2 attempts"),
                Arguments.of(Wire.OLLAMA, 500, ExitCodes.PARTIAL, "server error (HTTP 500) after 2 attempts"));
    }

    @ParameterizedTest(name = "{0} answering HTTP {1} exits {2}")
    @MethodSource("failures")
    void providerErrorsGiveTheDocumentedExitCodeAndOneLine(Wire wire, int status, int exitCode, String message)
            throws IOException {
        fake = new FakeProvider(wire);
        // servers echo the key they were sent; keyless Ollama is sent none
        String echo = wire.keyVariable == null ? "" : " for key " + CliRun.KEY;
        fake.withOverride(r -> fake.errorInWire(status, "failure " + status + echo));
        Samples.copyCodeRed(dir, "a.txt");

        CliRun.Result result = new CliRun(dir)
                .against(fake)
                .run("translate", "a.txt", "--max-attempts", "2", "--retry-delay", "1ms", "-j", "2");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(exitCode);
        assertThat(result.err()).contains(message).doesNotContain(CliRun.KEY).doesNotContain("\tat ");
        if (exitCode == ExitCodes.BACKEND) {
            assertThat(result.err().lines().filter(l -> l.startsWith("tarjama: ")))
                    .hasSize(1);
            assertThat(fake.requests()).hasSizeLessThanOrEqualTo(2);
        }
    }
}
