package dev.tarjama.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.tarjama.TarjamaException;
import dev.tarjama.cache.CacheKey;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.random.RandomGenerator;

/**
 * The one layer every model call goes through, whatever the provider: the answer cache (an answer already paid
 * for is never bought twice, and each new one is stored the moment it arrives), pacing under rate limits,
 * retries with backoff, the run-wide pause on 429s, usage accounting, parsing of the structured answer (a
 * malformed answer is retried like a server error), interruption, and stopping the whole run on failures that no
 * retry can fix (a refused key, a missing model, a server that never answers).
 */
public final class ModelGateway {
    private final ChatModel model;
    private final BackendConfig config;
    private final CallPolicy policy;
    private final UsageMeter usage;
    private final CallListener listener;
    private final RandomGenerator random;
    private final AtomicReference<TarjamaException> stopped = new AtomicReference<>();

    public ModelGateway(ChatModel model, BackendConfig config, CallPolicy policy, UsageMeter usage,
                        CallListener listener, RandomGenerator random) {
        this.model = model;
        this.config = config;
        this.policy = policy;
        this.usage = usage;
        this.listener = listener;
        this.random = random;
    }

    /**
     * Answers {@code request} from the cache or from the model.
     *
     * @param label what the request is for, used in messages ("paragraph 12")
     * @param key   what determines the answer apart from the backend (the request itself carries random fences)
     * @throws RequestFailedException when this request failed for good; other requests may still succeed
     * @throws TarjamaException       with exit code 3 when the backend failed in a way that stops the run;
     *                                every later call throws the same exception without sending anything
     */
    public <T> T ask(String label, CacheKey key, ChatRequest request, AnswerParser<T> parser) {
        CacheKey scoped = scoped(key);
        if (!policy.refresh()) {
            Optional<T> cached = fromCache(scoped, parser);
            if (cached.isPresent()) {
                usage.cacheHit();
                return cached.get();
            }
        }
        // the answer is assumed as long as the question: only a tokens-per-minute limit needs the count
        long estimatedTokens = policy.limiter().limitsTokens() ? 2L * TokenEstimator.input(request) : 0;
        for (int attempt = 1; ; attempt++) {
            awaitTurn(estimatedTokens);
            Failure failure;
            try {
                String text = send(request);
                T value = parser.parse(text);
                store(scoped, text);
                return value;
            } catch (RuntimeException e) {
                failure = Failure.classify(e, config.apiKey());
            }
            boolean lastAttempt = !failure.kind().retriable || attempt >= policy.backoff().maxAttempts();
            if (failure.kind().stopsRun && lastAttempt) {
                stopped.compareAndSet(null, stopRun(failure));
                throw stopped.get();
            }
            if (lastAttempt) {
                String after = attempt == 1 ? "" : " after " + attempt + " attempts";
                throw new RequestFailedException(failure.detail() + after + " (model " + config.model() + ")", attempt);
            }
            Duration wait = policy.backoff().delayAfter(attempt, failure.retryAfter(), random);
            usage.retried();
            listener.retrying(label, attempt, failure.detail() + " (model " + config.model() + ")", wait);
            if (failure.kind() == FailureKind.RATE_LIMITED) {
                policy.throttle().pauseFor(wait); // every request waits, this one included (in awaitTurn)
            } else {
                sleep(wait);
            }
        }
    }

    /** The exception that stopped the run, if one did. */
    public TarjamaException stopCause() {
        return stopped.get();
    }

    private String send(ChatRequest request) {
        usage.requestSent();
        try {
            ChatResponse response = model.chat(request);
            usage.answered(response.tokenUsage());
            String text = response.aiMessage() == null ? null : response.aiMessage().text();
            if (text == null || text.isBlank()) {
                throw new MalformedAnswerException("the model answered with no text");
            }
            return text;
        } finally {
            usage.requestEnded();
        }
    }

    private CacheKey scoped(CacheKey key) {
        return scope(key, config);
    }

    /** The key with the backend's identity mixed in: another model, server or temperature is another answer. */
    public static CacheKey scope(CacheKey key, BackendConfig config) {
        return CacheKey.of(key.kind())
                .add("provider", config.provider())
                .add("model", config.model())
                .add("base_url", config.baseUrl())
                .add("temperature", String.valueOf(config.temperature()))
                .add("request", key.digest())
                .build();
    }

    private <T> Optional<T> fromCache(CacheKey key, AnswerParser<T> parser) {
        try {
            return policy.cache().get(key).map(parser::parse);
        } catch (MalformedAnswerException | IllegalStateException e) {
            return Optional.empty(); // an unreadable entry is simply asked again, and replaced
        }
    }

    private void store(CacheKey key, String answer) {
        try {
            policy.cache().put(key, answer);
        } catch (IllegalStateException e) {
            listener.warning("the cache could not store an answer (" + e.getMessage() + "); it will be asked again next run");
        }
    }

    private void awaitTurn(long estimatedTokens) {
        checkStillRunning();
        try {
            policy.throttle().awaitClearance();
            policy.limiter().acquire(estimatedTokens);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RequestFailedException.interrupted();
        }
        checkStillRunning();
    }

    private void checkStillRunning() {
        TarjamaException stop = stopped.get();
        if (stop != null) {
            throw stop;
        }
        if (policy.cancellation().isCancelled()) {
            throw RequestFailedException.interrupted();
        }
    }

    private void sleep(Duration wait) {
        try {
            long until = System.nanoTime() + wait.toNanos();
            while (System.nanoTime() < until) {
                checkStillRunning();
                Thread.sleep(Math.max(1, Math.min(100, (until - System.nanoTime()) / 1_000_000)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RequestFailedException.interrupted();
        }
    }

    private TarjamaException stopRun(Failure failure) {
        String where = config.provider() + " at " + config.baseUrl();
        return switch (failure.kind()) {
            case AUTHENTICATION -> TarjamaException.backend(
                    where + " refused the credentials (" + failure.detail() + "); check the API key");
            case MODEL_NOT_FOUND -> TarjamaException.backend(
                    "model '" + config.model() + "' is not available from " + where + ": " + failure.detail()
                            + "; choose another with --model");
            default -> TarjamaException.backend(
                    "cannot reach " + where + " (" + failure.detail() + "); is the server running and the URL right?");
        };
    }
}
