package dev.tarjama.run;

import dev.langchain4j.model.chat.ChatModel;
import dev.tarjama.Cancellation;
import dev.tarjama.article.ArticleLoader;
import dev.tarjama.cache.AnswerCache;
import dev.tarjama.cache.SqliteAnswerCache;
import dev.tarjama.http.HttpClients;
import dev.tarjama.llm.AdaptiveConcurrency;
import dev.tarjama.llm.BackendConfig;
import dev.tarjama.llm.BackendHealth;
import dev.tarjama.llm.CallServices;
import dev.tarjama.llm.ModelCall;
import dev.tarjama.llm.ModelCalls;
import dev.tarjama.llm.PriceTable;
import dev.tarjama.llm.ProviderWarmUp;
import dev.tarjama.llm.RateBudget;
import dev.tarjama.llm.RequestPlan;
import dev.tarjama.llm.RunThrottle;
import dev.tarjama.llm.UsageMeter;
import dev.tarjama.pipeline.Pipeline;
import dev.tarjama.prompt.PromptLibrary;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Everything one run shares, built once: its settings and backend, the clock, the interrupt, the reporter, one
 * HTTP client, the answer cache, one rate budget, throttle and concurrency limit for every article and request,
 * the request threads, and the pipeline over the one model-call chain. Closing it releases all of them.
 */
public final class RunContext implements AutoCloseable {
    private final RunSettings settings;
    private final BackendConfig backend;
    private final Clock clock;
    private final Cancellation cancellation;
    private final Reporter reporter;
    private final HttpClients http;
    private final AnswerCache cache;
    private final boolean ownsCache;
    private final UsageMeter usage;
    private final ExecutorService requestThreads;
    private final CallServices calls;
    private final PromptLibrary prompts;
    private final ArticleLoader loader;
    private final ModelConnector connector;
    private final List<AutoCloseable> resources = new ArrayList<>();
    private final SecureRandom random = new SecureRandom();
    private Pipeline pipeline;
    private BackendHealth health;

    /**
     * @param budget      the requests and tokens per minute every request of the run counts against (several workers
     *                    may share one)
     * @param sharedCache an answer cache owned by the caller (several workers may share one; the run does not close
     *                    it), or {@code null} for the settings' own
     * @throws dev.tarjama.TarjamaException with exit code 2 for a broken prompt template or an unusable cache file
     */
    public RunContext(
            RunSettings settings,
            BackendConfig backend,
            ModelConnector connector,
            RateBudget budget,
            AnswerCache sharedCache,
            PriceTable prices,
            Reporter reporter,
            Clock clock,
            Cancellation cancellation) {
        this.settings = settings;
        this.backend = backend;
        this.connector = connector;
        this.clock = clock;
        this.cancellation = cancellation;
        this.reporter = reporter;
        this.prompts = PromptLibrary.load(settings.promptsDir());
        this.http = new HttpClients(settings.concurrency(), settings.timeout());
        this.ownsCache = sharedCache == null;
        this.cache = sharedCache != null
                ? sharedCache
                : settings.cacheFile() == null ? AnswerCache.NONE : SqliteAnswerCache.open(settings.cacheFile(), clock);
        this.usage = new UsageMeter(prices.priceOf(backend.model()).orElse(null));
        // twice as many threads as requests in flight: while one thread checks and stores an answer, another is
        // already sending the next request; the concurrency limit, not the pool, keeps the in-flight count at -j
        this.requestThreads =
                Executors.newFixedThreadPool(2 * settings.concurrency(), daemonThreads("tarjama-request-"));
        this.calls = new CallServices(
                cache,
                !settings.refresh(),
                settings.retry(),
                new RunThrottle(),
                new AdaptiveConcurrency(settings.concurrency()),
                budget,
                reporter,
                cancellation,
                random);
        this.loader = new ArticleLoader(http, settings.maxSegmentChars(), settings.fetch(), settings.feedItems());
        if (!backend.provider().equals("custom")) {
            ProviderWarmUp.start(backend); // while the article is read, off the path to the first request
        }
        // after an interrupt, requests in flight get the grace period; then they are abandoned, so that what is
        // finished can be written however slow the server is
        cancellation.onCancel(() -> startDaemon("tarjama-grace", () -> {
            if (!sleep(Cancellation.GRACE.toMillis())) {
                http.cancelAll();
            }
        }));
    }

    public RunSettings settings() {
        return settings;
    }

    public BackendConfig backend() {
        return backend;
    }

    public Clock clock() {
        return clock;
    }

    public Cancellation cancellation() {
        return cancellation;
    }

    public Reporter reporter() {
        return reporter;
    }

    public HttpClients http() {
        return http;
    }

    public ArticleLoader loader() {
        return loader;
    }

    public PromptLibrary prompts() {
        return prompts;
    }

    /** What the whole run has spent so far. */
    public UsageMeter usage() {
        return usage;
    }

    /** The pipeline over the real model-call chain, connected to the backend on first use. */
    public synchronized Pipeline pipeline() {
        if (pipeline == null) {
            ChatModel model = connector.connect(http, resources::add);
            health = new BackendHealth(backend, Math.max(3, settings.concurrency() + 1));
            pipeline = pipeline(ModelCalls.chain(model, backend, health, calls));
        }
        return pipeline;
    }

    /** Whether the backend has answered this run at least once. */
    public synchronized boolean backendEverAnswered() {
        return health != null && health.everAnswered();
    }

    /** Lets the backend be asked again after a failure stopped it (see {@link BackendHealth#resume()}). */
    public synchronized void resumeBackend() {
        if (health != null) {
            health.resume();
        }
    }

    /** A pipeline that sends nothing: it reads the cache and records in {@code plan} what it would send. */
    public Pipeline planningPipeline(RequestPlan plan) {
        return pipeline(ModelCalls.planning(backend, calls, plan));
    }

    private Pipeline pipeline(ModelCall model) {
        return new Pipeline(
                model,
                prompts,
                new Pipeline.Settings(
                        settings.targetLanguage(),
                        settings.glossary(),
                        settings.batchTokens(),
                        settings.review(),
                        settings.contextTokens()),
                backend.info(),
                requestThreads,
                cancellation,
                clock,
                random,
                reporter,
                usage);
    }

    @Override
    public void close() {
        requestThreads.shutdownNow();
        try {
            // a stopped run leaves requests unwinding; let them finish with the cache before it closes
            requestThreads.awaitTermination(2, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                reporter.detail("closing " + resource + ": " + e.getMessage());
            }
        }
        if (ownsCache) {
            cache.close();
        }
        http.close();
    }

    private static java.util.concurrent.ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void startDaemon(String name, Runnable action) {
        Thread thread = new Thread(action, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Sleeps; false when the sleep ran its course. */
    private static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
