package dev.tarjama.internal.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.tarjama.Cancellation;
import dev.tarjama.Reporter;
import dev.tarjama.TarjamaException;
import dev.tarjama.internal.http.HttpClients;
import dev.tarjama.internal.store.AnswerCache;
import dev.tarjama.internal.store.CacheKey;
import dev.tarjama.model.Usage;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The whole model-call chain against a real HTTP server speaking OpenAI's wire format, failures included. */
class ModelCallsWireTest {
    private static final Secret KEY = Secret.ofNullable("sk-gateway-test-0123456789abcdef");

    private final MockWebServer server = new MockWebServer();
    private final UsageMeter usage = new UsageMeter(null);
    private final List<String> retries = new ArrayList<>();
    private HttpClients http;
    private BackendHealth health;

    @BeforeEach
    void start() throws IOException {
        server.setServerSocketFactory(new dev.tarjama.testing.NoDelayServerSockets());
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
        http.close();
    }

    private ModelCall chain(int maxAttempts, Duration timeout) {
        BackendConfig config =
                new BackendConfig("openai", "gpt-test", server.url("/v1").toString(), KEY, timeout, 0.0);
        http = new HttpClients(4, timeout);
        var model =
                new OpenAiChatModelFactory(() -> new OkHttpChatClientBuilder(http, Clock.systemUTC())).create(config);
        health = new BackendHealth(config, 3);
        CallServices services = new CallServices(
                AnswerCache.NONE,
                true,
                new RetryPolicy(maxAttempts, Duration.ofMillis(5), Duration.ofMillis(50), Duration.ofMinutes(1)),
                new AdaptiveConcurrency(4),
                RateBudget.UNLIMITED,
                new Reporter() {
                    @Override
                    public void retrying(String label, int attempt, String reason, Duration wait) {
                        retries.add(label + " #" + attempt + ": " + reason);
                    }
                },
                new Cancellation(),
                new Random(7));
        return ModelCalls.chain(model, config, health, services);
    }

    private <T> T ask(ModelCall chain, String label, AnswerParser<T> parser) {
        ChatRequest request =
                ChatRequest.builder().messages(UserMessage.from("hello")).build();
        return chain.ask(new Question<>(
                        label, CacheKey.of("test").add("label", label).build(), () -> request, parser, usage, 10, "{}"))
                .value();
    }

    private static MockResponse ok(String content) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody("""
                {"id":"x","object":"chat.completion","created":1,"model":"gpt-test",
                 "choices":[{"index":0,"message":{"role":"assistant","content":%s},"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":11,"completion_tokens":7,"total_tokens":18}}
                """.formatted(
                com.fasterxml.jackson.databind.node.TextNode.valueOf(content).toString()));
    }

    @Test
    void aRateLimitedRequestWaitsAsLongAsRetryAfterSaysWithoutSpendingAnAttempt() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse()
                    .setResponseCode(429)
                    .setHeader("Retry-After", "1")
                    .setBody("{}"));
        }
        server.enqueue(ok("fine"));

        long start = System.nanoTime();
        String answer = ask(chain(1, Duration.ofSeconds(5)), "paragraph 1", text -> text);
        long waited = Duration.ofNanos(System.nanoTime() - start).toMillis();

        assertThat(answer).isEqualTo("fine");
        assertThat(waited).isGreaterThanOrEqualTo(3000);
        assertThat(retries).hasSize(3).allSatisfy(r -> assertThat(r).contains("rate limited (HTTP 429)"));
        assertThat(usage.snapshot().requests()).isEqualTo(4);
    }

    @Test
    void retriesServerErrorsTruncatedJsonAndTimeoutsThenSucceeds() {
        server.enqueue(new MockResponse().setResponseCode(503).setBody("overloaded"));
        server.enqueue(new MockResponse()
                .setHeader("Content-Type", "application/json")
                .setBody("{\"id\":\"x\",\"choices\":[{\"mess"));
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        server.enqueue(ok("{\"translation\": \"done\""));
        server.enqueue(ok("{\"translation\": \"done\"}"));

        String answer = ask(chain(5, Duration.ofMillis(500)), "paragraph 2", text -> {
            if (!text.endsWith("}")) {
                throw new MalformedAnswerException(
                        "paragraph 2: the answer is not a complete JSON object (truncated?)");
            }
            return text;
        });

        assertThat(answer).isEqualTo("{\"translation\": \"done\"}");
        assertThat(retries).hasSize(4);
        assertThat(retries.get(0)).contains("server error (HTTP 503)");
        assertThat(retries.get(1)).contains("unreadable answer");
        assertThat(retries.get(2)).contains("timed out");
        assertThat(retries.get(3)).contains("truncated");
        // the truncated answer was paid for too: its tokens count
        assertThat(usage.snapshot()).isEqualTo(new Usage(5, 4, 0, 22, 14, 0, 22, null));
    }

    @Test
    void givesUpAfterMaxAttemptsWithTheLastReason() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse().setResponseCode(500).setBody("{}"));
        }

        assertThatThrownBy(() -> ask(chain(3, Duration.ofSeconds(5)), "paragraph 3", t -> t))
                .isInstanceOf(RequestFailedException.class)
                .hasMessage("server error (HTTP 500) after 3 attempts (model gpt-test)");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @ParameterizedTest(name = "HTTP {0} → {1}")
    @CsvSource({
        "401, stops the run, refused the credentials (HTTP 401)",
        "403, stops the run, refused the credentials (HTTP 403)",
        "404, stops the run, is not available from openai",
        "400, fails the request, the server rejected the request (HTTP 400)",
        "422, fails the request, the server rejected the request (HTTP 422)"
    })
    void eachStatusHasItsConsequence(int status, String consequence, String message) {
        server.enqueue(new MockResponse()
                .setResponseCode(status)
                .setBody("{\"error\":{\"message\":\"no: sk-gateway-test-0123456789abcdef\"}}"));
        ModelCall chain = chain(5, Duration.ofSeconds(5));

        assertThatThrownBy(() -> ask(chain, "paragraph 0", t -> t))
                .isInstanceOf(
                        consequence.equals("stops the run") ? TarjamaException.class : RequestFailedException.class)
                .hasMessageContaining(message)
                .hasMessageNotContaining("0123456789abcdef");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aRefusedKeyStopsTheRunAndLaterCallsSendNothing() {
        server.enqueue(new MockResponse().setResponseCode(401).setBody("{\"error\":{\"message\":\"bad key\"}}"));
        ModelCall chain = chain(5, Duration.ofSeconds(5));

        assertThatThrownBy(() -> ask(chain, "paragraph 0", t -> t))
                .isInstanceOf(TarjamaException.class)
                .extracting(e -> ((TarjamaException) e).kind())
                .isEqualTo(TarjamaException.Kind.BACKEND);
        assertThatThrownBy(() -> ask(chain, "paragraph 1", t -> t)).isSameAs(health.stopCause());
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void anUnreachableServerStopsTheRunAfterItsRetries() throws IOException {
        ModelCall chain = chain(2, Duration.ofSeconds(2));
        server.shutdown();

        assertThatThrownBy(() -> ask(chain, "paragraph 0", t -> t))
                .isInstanceOf(TarjamaException.class)
                .hasMessageStartingWith("cannot reach openai at ");
        assertThat(retries).hasSize(1);
    }

    @Test
    void aServerThatNeverAnswersStopsTheRunAfterARunOfTimeouts() {
        for (int i = 0; i < 10; i++) {
            server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        }
        ModelCall chain = chain(5, Duration.ofMillis(200));

        assertThatThrownBy(() -> ask(chain, "paragraph 0", t -> t))
                .isInstanceOf(TarjamaException.class)
                .hasMessageContaining("is not answering: 3 requests in a row timed out");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void aRejectedRequestFailsAtOnceWithoutStoppingTheRun() {
        server.enqueue(
                new MockResponse().setResponseCode(400).setBody("{\"error\":{\"message\":\"context too long\"}}"));
        server.enqueue(ok("next"));
        ModelCall chain = chain(5, Duration.ofSeconds(5));

        assertThatThrownBy(() -> ask(chain, "paragraph 0", t -> t))
                .isInstanceOf(RequestFailedException.class)
                .hasMessageContaining("rejected the request (HTTP 400)")
                .hasMessageContaining("context too long");
        String next = ask(chain, "paragraph 1", t -> t);
        assertThat(next).isEqualTo("next");
    }
}
