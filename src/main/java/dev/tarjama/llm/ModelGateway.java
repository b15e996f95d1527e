package dev.tarjama.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.tarjama.TarjamaException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.random.RandomGenerator;

/**
 * The one layer every model call goes through, whatever the provider: usage accounting, retries with backoff,
 * the run-wide pause on rate limits, parsing of the structured answer (a malformed answer is retried like a
 * server error), and stopping the whole run on failures that no retry can fix (a refused key, a missing model,
 * a server that never answers).
 */
public final class ModelGateway {
    private final ChatModel model;
    private final BackendConfig config;
    private final BackoffPolicy backoff;
    private final RunThrottle throttle;
    private final UsageMeter usage;
    private final RetryListener listener;
    private final RandomGenerator random;
    private final AtomicReference<TarjamaException> stopped = new AtomicReference<>();

    public ModelGateway(ChatModel model, BackendConfig config, BackoffPolicy backoff, RunThrottle throttle,
                        UsageMeter usage, RetryListener listener, RandomGenerator random) {
        this.model = model;
        this.config = config;
        this.backoff = backoff;
        this.throttle = throttle;
        this.usage = usage;
        this.listener = listener;
        this.random = random;
    }

    /**
     * Sends {@code request} until it yields a parsed answer or the attempts run out.
     *
     * @param label what the request is for, used in messages ("paragraph 12")
     * @throws RequestFailedException when this request failed for good; other requests may still succeed
     * @throws TarjamaException       with exit code 3 when the backend failed in a way that stops the run;
     *                                every later call throws the same exception without sending anything
     */
    public <T> T ask(String label, ChatRequest request, AnswerParser<T> parser) {
        for (int attempt = 1; ; attempt++) {
            awaitTurn(label);
            Failure failure;
            try {
                usage.requestSent();
                ChatResponse response = model.chat(request);
                usage.answered(response.tokenUsage());
                String text = response.aiMessage() == null ? null : response.aiMessage().text();
                if (text == null || text.isBlank()) {
                    throw new MalformedAnswerException("the model answered with no text");
                }
                return parser.parse(text);
            } catch (RuntimeException e) {
                failure = Failure.classify(e, config.apiKey());
            }
            boolean lastAttempt = !failure.kind().retriable || attempt >= backoff.maxAttempts();
            if (failure.kind().stopsRun && lastAttempt) {
                stopped.compareAndSet(null, stopRun(failure));
                throw stopped.get();
            }
            if (lastAttempt) {
                String after = attempt == 1 ? "" : " after " + attempt + " attempts";
                throw new RequestFailedException(failure.detail() + after + " (model " + config.model() + ")", attempt);
            }
            Duration wait = backoff.delayAfter(attempt, failure.retryAfter(), random);
            usage.retried();
            listener.retrying(label, attempt, failure.detail() + " (model " + config.model() + ")", wait);
            if (failure.kind() == FailureKind.RATE_LIMITED) {
                throttle.pauseFor(wait); // everyone waits, this request included (in awaitTurn)
            } else {
                sleep(label, wait);
            }
        }
    }

    /** The exception that stopped the run, if one did. */
    public TarjamaException stopCause() {
        return stopped.get();
    }

    private void awaitTurn(String label) {
        TarjamaException stop = stopped.get();
        if (stop != null) {
            throw stop;
        }
        try {
            throttle.awaitClearance();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RequestFailedException(label + ": interrupted", 0);
        }
        stop = stopped.get();
        if (stop != null) {
            throw stop;
        }
    }

    private static void sleep(String label, Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RequestFailedException(label + ": interrupted", 0);
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
