package dev.tarjama.internal.run;

import dev.langchain4j.model.chat.ChatModel;
import dev.tarjama.BatchPlan;
import dev.tarjama.Cancellation;
import dev.tarjama.Lexicon;
import dev.tarjama.Options;
import dev.tarjama.Reporter;
import dev.tarjama.internal.check.ParagraphChecks;
import dev.tarjama.internal.http.HttpClients;
import dev.tarjama.internal.lexicon.BilingualLexicon;
import dev.tarjama.internal.lexicon.LexiconFiles;
import dev.tarjama.internal.llm.AdaptiveConcurrency;
import dev.tarjama.internal.llm.BackendConfig;
import dev.tarjama.internal.llm.BackendHealth;
import dev.tarjama.internal.llm.CallServices;
import dev.tarjama.internal.llm.ModelCall;
import dev.tarjama.internal.llm.ModelCalls;
import dev.tarjama.internal.llm.PriceTable;
import dev.tarjama.internal.llm.ProviderWarmUp;
import dev.tarjama.internal.llm.RateBudget;
import dev.tarjama.internal.llm.RequestPlan;
import dev.tarjama.internal.llm.RetryPolicy;
import dev.tarjama.internal.llm.SlidingWindowBudget;
import dev.tarjama.internal.llm.UsageMeter;
import dev.tarjama.internal.pipeline.Pipeline;
import dev.tarjama.internal.prompt.PromptLibrary;
import dev.tarjama.internal.source.ArticleLoader;
import dev.tarjama.internal.store.AnswerCache;
import dev.tarjama.internal.store.SqliteAnswerCache;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Everything one run shares, built once from its {@link Options}: the backend, the clock, the interrupt, the
 * reporter, one HTTP client, the answer cache, one rate budget and concurrency limit for every article and
 * request, the request threads, and the pipeline over the one model-call chain. Each part of the run is handed only
 * its own part of the options. Closing it releases all of them.
 */
public final class RunContext implements AutoCloseable {
    private final Options options;
    private final BackendConfig backend;
    private final Clock clock;
    private final Cancellation cancellation;
    private final Reporter reporter;
    private final HttpClients http;
    private final AnswerCache cache;
    private final boolean ownsCache;
    private final UsageMeter usage;
    private final java.util.Optional<dev.tarjama.Price> price;
    private final ExecutorService requestThreads;
    /** Where the parts of a split batch are asked: unbounded, as the concurrency limit bounds what they send. */
    private final ExecutorService splitThreads = Executors.newCachedThreadPool(daemonThreads("tarjama-split-"));
    /** Articles being translated now: they share the run's request slots, and each is planned for its share. */
    private final AtomicInteger articlesInFlight = new AtomicInteger();

    private final CallServices calls;
    private final PromptLibrary prompts;
    private final ArticleLoader loader;
    private final ModelConnector connector;
    private final List<AutoCloseable> resources = new ArrayList<>();
    private final SecureRandom random = new SecureRandom();
    private final java.util.Optional<LexiconFiles> lexiconFiles;
    /** The addition check's dictionary as it loads, or {@code null} when the check is off. */
    private final CompletableFuture<java.util.Optional<BilingualLexicon>> lexicon;

    private final ParagraphChecks checks;
    private Pipeline pipeline;
    private BackendHealth health;

    /**
     * What a run is made of besides its options.
     *
     * @param backend      the backend every request goes to (its timeout and temperature are the options')
     * @param connector    how the backend's {@link ChatModel} is had
     * @param budget       the requests and tokens per minute every request counts against (several workers may share
     *                     one), or {@code null} for the options' own limits
     * @param sharedCache  an answer cache owned by the caller (several workers may share one; the run does not close
     *                     it), or {@code null} for the options' own
     * @param prices       the price table for cost estimates
     * @param process      what the runs of the process share on purpose
     */
    public record Parts(
            BackendConfig backend,
            ModelConnector connector,
            RateBudget budget,
            AnswerCache sharedCache,
            PriceTable prices,
            Reporter reporter,
            Clock clock,
            Cancellation cancellation,
            ProcessResources process) {}

    /**
     * @throws dev.tarjama.ConfigurationException for a broken prompt template
     * @throws dev.tarjama.StorageException       for a cache file that cannot be opened
     */
    public RunContext(Options options, Parts parts) {
        Options.Requests requests = options.requests();
        this.options = options;
        this.backend = parts.backend();
        this.connector = parts.connector();
        this.clock = parts.clock();
        this.cancellation = parts.cancellation();
        this.reporter = parts.reporter();
        this.prompts = PromptLibrary.load(options.translation().prompts());
        this.http = new HttpClients(
                requests.concurrency(), requests.timeout(), parts.process().connectionPool());
        this.ownsCache = parts.sharedCache() == null;
        this.cache = parts.sharedCache() != null
                ? parts.sharedCache()
                : options.cache().file() == null
                        ? AnswerCache.NONE
                        : openCache(options.cache().file(), clock, reporter);
        this.price = parts.prices().priceOf(backend.model());
        this.usage = new UsageMeter(price.orElse(null));
        // twice as many threads as requests in flight: while one thread checks and stores an answer, another is
        // already sending the next request; the concurrency limit, not the pool, keeps the in-flight count at -j
        this.requestThreads =
                Executors.newFixedThreadPool(2 * requests.concurrency(), daemonThreads("tarjama-request-"));
        this.calls = new CallServices(
                cache,
                !options.cache().refresh(),
                RetryPolicy.of(requests),
                new AdaptiveConcurrency(requests.concurrency()),
                parts.budget() != null ? parts.budget() : SlidingWindowBudget.of(requests),
                reporter,
                cancellation,
                random);
        this.loader = new ArticleLoader(http, options.reading(), reporter::warn);
        // a --lexicon naming no dictionary fails here, before anything is read or asked; the dictionary loads while
        // the article is read and the first requests are out
        this.lexiconFiles = LexiconFiles.locate(options.translation().lexicon());
        this.lexicon = lexiconFiles
                .map(files -> parts.process().lexicons().load(files, reporter::warn))
                .orElse(null);
        this.checks = ParagraphChecks.standard(this.lexicon);
        if (!backend.provider().equals("custom")) {
            // while the article is read, off the path to the first request
            ProviderWarmUp.start(backend, parts.process().warmProviders());
        }
        // after an interrupt, requests in flight get the grace period; then they are abandoned, so that what is
        // finished can be written however slow the server is
        cancellation.onCancel(() -> startDaemon("tarjama-grace", () -> {
            if (!sleep(Cancellation.GRACE.toMillis())) {
                http.cancelAll();
            }
        }));
    }

    /**
     * The cache file, or none when it cannot be opened (a file cut short, not a database at all): the run goes on
     * without it, paying for what it asks, and says so once with what to do.
     */
    private static AnswerCache openCache(java.nio.file.Path file, Clock clock, Reporter reporter) {
        try {
            return SqliteAnswerCache.open(file, clock);
        } catch (dev.tarjama.StorageException e) {
            reporter.warn(e.getMessage() + "; this run goes on without the answer cache");
            return AnswerCache.NONE;
        }
    }

    public Options options() {
        return options;
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

    /** The model's price, when one is known. */
    public java.util.Optional<dev.tarjama.Price> price() {
        return price;
    }

    /** What the whole run has spent so far. */
    public UsageMeter usage() {
        return usage;
    }

    /** The pipeline over the real model-call chain, connected to the backend on first use. */
    public synchronized Pipeline pipeline() {
        if (pipeline == null) {
            ChatModel model = connector.connect(http, resources::add);
            health = new BackendHealth(backend, Math.max(3, options.requests().concurrency() + 1));
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

    /**
     * Why the addition check is off although the user did not switch it off, in one line with what to install, or
     * empty when it runs (or was switched off).
     */
    public java.util.Optional<String> lexiconNote() {
        Lexicon chosen = options.translation().lexicon();
        if (chosen.off()) {
            return java.util.Optional.empty();
        }
        if (lexiconFiles.isEmpty()) {
            return java.util.Optional.of("the addition check is off: no Arabic–English dictionary in "
                    + chosen.location() + " (" + Lexicon.installHint() + ")");
        }
        return this.lexicon.join().isPresent()
                ? java.util.Optional.empty()
                : java.util.Optional.of("the addition check is off: the dictionary could not be read");
    }

    /** A pipeline that sends nothing: it reads the cache and records in {@code plan} what it would send. */
    public Pipeline planningPipeline(RequestPlan plan) {
        // a dry run plans one article as if alone in the run
        return pipeline(ModelCalls.planning(backend, calls, plan), new AtomicInteger(), plan::batching);
    }

    private Pipeline pipeline(ModelCall model) {
        return pipeline(model, articlesInFlight, batchPlan -> reporter.detail(batchPlan.line()));
    }

    private Pipeline pipeline(ModelCall model, AtomicInteger articles, java.util.function.Consumer<BatchPlan> planned) {
        return new Pipeline(
                model,
                prompts,
                options.translation(),
                backend.info(),
                requestThreads,
                splitThreads,
                cancellation,
                clock,
                random,
                reporter,
                usage,
                new Pipeline.Planning(
                        options.requests().latency(),
                        price.orElse(null),
                        options.requests().concurrency(),
                        articles,
                        planned),
                checks);
    }

    @Override
    public void close() {
        requestThreads.shutdownNow();
        splitThreads.shutdownNow();
        try {
            // a stopped run leaves requests unwinding; let them finish with the cache before it closes
            requestThreads.awaitTermination(2, TimeUnit.SECONDS);
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
