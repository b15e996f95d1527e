package dev.tarjama.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.tarjama.Cancellation;
import dev.tarjama.ExitCodes;
import dev.tarjama.TarjamaException;
import dev.tarjama.cache.AnswerCache;
import dev.tarjama.cache.CacheKey;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The retry layer against a real HTTP server speaking OpenAI's wire format, failures included. */
class ModelGatewayTest {
    private static final Secret KEY = Secret.ofNullable("sk-gateway-test-0123456789abcdef");

    private final MockWebServer server = new MockWebServer();
    private final UsageMeter usage = new UsageMeter(null);
    private final List<String> retries = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    private ModelGateway gateway(int maxAttempts, Duration timeout) {
        BackendConfig config = new BackendConfig("openai", "gpt-test", server.url("/v1").toString(), KEY, timeout, 0.0);
        OkHttpClient http = new OkHttpClient();
        var model = new OpenAiChatModelFactory(() -> new OkHttpChatClientBuilder(http, Clock.systemUTC())).create(config);
        CallPolicy policy = new CallPolicy(new BackoffPolicy(maxAttempts, Duration.ofMillis(5), Duration.ofMillis(50)),
                RateLimiter.UNLIMITED, new RunThrottle(), AnswerCache.NONE, false, new Cancellation());
        return new ModelGateway(model, config, policy, usage, new CallListener() {
            @Override
            public void retrying(String label, int attempt, String reason, Duration wait) {
                retries.add(label + " #" + attempt + ": " + reason);
            }
        }, new Random(7));
    }

    /** Asks with a request and cache key of its own for {@code label}. */
    private static <T> T ask(ModelGateway gateway, String label, AnswerParser<T> parser) {
        return gateway.ask(label, CacheKey.of("test").add("label", label).build(), request(), parser);
    }

    private static ChatRequest request() {
        return ChatRequest.builder().messages(UserMessage.from("hello")).build();
    }

    private static MockResponse ok(String content) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody("""
                {"id":"x","object":"chat.completion","created":1,"model":"gpt-test",
                 "choices":[{"index":0,"message":{"role":"assistant","content":%s},"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":11,"completion_tokens":7,"total_tokens":18}}
                """.formatted(com.fasterxml.jackson.databind.node.TextNode.valueOf(content).toString()));
    }

    @Test
    void waitsAsLongAsRetryAfterSaysBeforeRetryingARateLimitedRequest() {
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "1").setBody("{}"));
        server.enqueue(ok("fine"));

        long start = System.nanoTime();
        String answer = ask(gateway(3, Duration.ofSeconds(5)), "paragraph 1", text -> text);
        long waited = Duration.ofNanos(System.nanoTime() - start).toMillis();

        assertThat(answer).isEqualTo("fine");
        assertThat(waited).isGreaterThanOrEqualTo(1000);
        assertThat(retries).containsExactly("paragraph 1 #1: rate limited (HTTP 429) (model gpt-test)");
        assertThat(usage.snapshot().requests()).isEqualTo(2);
        assertThat(usage.snapshot().retries()).isEqualTo(1);
    }

    @Test
    void retriesServerErrorsTruncatedJsonAndTimeoutsThenSucceeds() {
        server.enqueue(new MockResponse().setResponseCode(503).setBody("overloaded"));
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody("{\"id\":\"x\",\"choices\":[{\"mess"));
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        server.enqueue(ok("{\"translation\": \"done\""));
        server.enqueue(ok("{\"translation\": \"done\"}"));

        String answer = ask(gateway(5, Duration.ofMillis(500)), "paragraph 2", text -> {
            if (!text.endsWith("}")) {
                throw new MalformedAnswerException("paragraph 2: the answer is not a complete JSON object (truncated?)");
            }
            return text;
        });

        assertThat(answer).isEqualTo("{\"translation\": \"done\"}");
        assertThat(retries).hasSize(4);
        assertThat(retries.get(0)).contains("server error (HTTP 503)");
        assertThat(retries.get(1)).contains("unreadable answer");
        assertThat(retries.get(2)).contains("timed out");
        assertThat(retries.get(3)).contains("truncated");
        assertThat(usage.snapshot()).isEqualTo(new dev.tarjama.model.Usage(5, 4, 0, 22, 14, null));
    }

    @Test
    void givesUpAfterMaxAttemptsWithTheLastReason() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse().setResponseCode(500).setBody("{}"));
        }

        assertThatThrownBy(() -> ask(gateway(3, Duration.ofSeconds(5)), "paragraph 3", t -> t))
                .isInstanceOf(RequestFailedException.class)
                .hasMessage("server error (HTTP 500) after 3 attempts (model gpt-test)");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void aRefusedKeyStopsTheRunAndLaterCallsSendNothing() {
        server.enqueue(new MockResponse().setResponseCode(401)
                .setBody("{\"error\":{\"message\":\"Incorrect API key provided: sk-gateway-test-0123456789abcdef\"}}"));
        ModelGateway gateway = gateway(5, Duration.ofSeconds(5));

        assertThatThrownBy(() -> ask(gateway, "paragraph 0", t -> t))
                .isInstanceOf(TarjamaException.class)
                .hasMessageContaining("refused the credentials (HTTP 401)")
                .hasMessageNotContaining("0123456789abcdef")
                .extracting(e -> ((TarjamaException) e).exitCode()).isEqualTo(ExitCodes.BACKEND);
        assertThatThrownBy(() -> ask(gateway, "paragraph 1", t -> t)).isSameAs(gateway.stopCause());
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void anUnknownModelStopsTheRunWithExit3() {
        server.enqueue(new MockResponse().setResponseCode(404)
                .setBody("{\"error\":{\"message\":\"The model `gpt-test` does not exist\"}}"));

        assertThatThrownBy(() -> ask(gateway(5, Duration.ofSeconds(5)), "paragraph 0", t -> t))
                .isInstanceOf(TarjamaException.class)
                .hasMessageStartingWith("model 'gpt-test' is not available from openai at ")
                .hasMessageContaining("does not exist");
    }

    @Test
    void anUnreachableServerStopsTheRunAfterItsRetries() throws IOException {
        ModelGateway gateway = gateway(2, Duration.ofSeconds(2));
        server.shutdown();

        assertThatThrownBy(() -> ask(gateway, "paragraph 0", t -> t))
                .isInstanceOf(TarjamaException.class)
                .hasMessageStartingWith("cannot reach openai at ");
        assertThat(retries).hasSize(1);
    }

    @Test
    void aRejectedRequestFailsAtOnceWithoutStoppingTheRun() {
        server.enqueue(new MockResponse().setResponseCode(400).setBody("{\"error\":{\"message\":\"context too long\"}}"));
        server.enqueue(ok("next"));
        ModelGateway gateway = gateway(5, Duration.ofSeconds(5));

        assertThatThrownBy(() -> ask(gateway, "paragraph 0", t -> t))
                .isInstanceOf(RequestFailedException.class)
                .hasMessageContaining("rejected the request (HTTP 400)").hasMessageContaining("context too long");
        String next = ask(gateway, "paragraph 1", t -> t);
        assertThat(next).isEqualTo("next");
    }
}
