package dev.tarjama.api;

import dev.langchain4j.model.chat.ChatModel;
import dev.tarjama.Cancellation;
import dev.tarjama.TarjamaException;
import dev.tarjama.cache.AnswerCache;
import dev.tarjama.glossary.GlossarySource;
import dev.tarjama.llm.BackendConfig;
import dev.tarjama.llm.PriceTable;
import dev.tarjama.llm.Provider;
import dev.tarjama.llm.RateBudget;
import dev.tarjama.llm.RetryPolicy;
import dev.tarjama.llm.Secret;
import dev.tarjama.llm.SlidingWindowBudget;
import dev.tarjama.model.GlossaryEntry;
import dev.tarjama.pipeline.GlossaryMode;
import dev.tarjama.run.ModelConnector;
import dev.tarjama.run.Reporter;
import dev.tarjama.run.RunContext;
import dev.tarjama.run.RunSettings;
import dev.tarjama.source.FetchPolicy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** Settings for a {@link Tarjama}; everything has a default except the backend. */
public final class TarjamaBuilder {
    private RunSettings.Builder settings = RunSettings.builder();
    private BackendConfig backend;
    private ModelConnector connector;
    private RateBudget budget;
    private AnswerCache sharedCache;
    private PriceTable prices = PriceTable.defaults();
    private Reporter reporter = Reporter.NONE;
    private Clock clock = Clock.systemUTC();
    private Cancellation cancellation = new Cancellation();
    private GlossarySource glossaries = GlossarySource.NONE;
    private double temperature = 0.2;

    TarjamaBuilder() {}

    /**
     * A backend by name, as the command line's {@code --backend} takes it.
     *
     * @param provider openai (or any OpenAI-compatible server), anthropic, gemini or ollama
     * @param baseUrl  the API root, or {@code null} for the provider's public API
     * @param apiKey   the key, or {@code null} for a server that needs none
     * @param model    the model, or {@code null} for the provider's default
     */
    public TarjamaBuilder backend(String provider, String baseUrl, String apiKey, String model) {
        Provider p = Provider.named(provider)
                .filter(x -> x != Provider.LOCAL)
                .orElseThrow(() -> TarjamaException.usage(
                        "unknown backend '" + provider + "'; available: openai, anthropic, gemini, ollama"));
        String url = baseUrl == null || baseUrl.isBlank() ? p.defaultBaseUrl() : baseUrl.strip();
        return backend(
                new BackendConfig(
                        p.name(),
                        model == null ? p.defaultModel() : model,
                        url.endsWith("/") ? url.substring(0, url.length() - 1) : url,
                        Secret.ofNullable(apiKey),
                        RunSettings.DEFAULT_TIMEOUT,
                        temperature),
                null);
    }

    /** A LangChain4j model of your own; {@code name} is what outputs record as the model and what the cache keys on. */
    public TarjamaBuilder chatModel(ChatModel model, String name) {
        Objects.requireNonNull(model, "model");
        return backend(
                new BackendConfig("custom", name, "in-process", null, RunSettings.DEFAULT_TIMEOUT, temperature),
                ModelConnector.of(model));
    }

    /** A resolved backend and how to reach it ({@code null}: through the provider's LangChain4j module). */
    public TarjamaBuilder backend(BackendConfig backend, ModelConnector connector) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.connector = connector;
        return this;
    }

    /** Every setting at once (the command line resolves them from flags, variables and config files). */
    public TarjamaBuilder settings(RunSettings settings) {
        this.settings = settings.toBuilder();
        return this;
    }

    /** The answer cache (SQLite, created if missing): nothing answered is ever paid for twice. */
    public TarjamaBuilder cache(Path file) {
        settings.cacheFile(file);
        return this;
    }

    /** Requests in flight at once, at most (4 by default). */
    public TarjamaBuilder concurrency(int requestsInFlight) {
        settings.concurrency(requestsInFlight);
        return this;
    }

    /** The language to translate into, a BCP 47 code ("en" by default). */
    public TarjamaBuilder targetLanguage(String code) {
        settings.targetLanguage(code);
        return this;
    }

    public TarjamaBuilder retry(RetryPolicy retry) {
        settings.retry(retry);
        return this;
    }

    /** Limit for one request (120 s by default). */
    public TarjamaBuilder timeout(Duration timeout) {
        settings.timeout(timeout);
        return this;
    }

    /**
     * Paragraphs asked together, up to {@code tokens} source tokens per request ({@value
     * dev.tarjama.run.RunSettings#DEFAULT_BATCH_TOKENS} by default); 0 asks one paragraph per request. Each
     * paragraph is cached and checked on its own either way.
     */
    public TarjamaBuilder batchTokens(int tokens) {
        settings.batchTokens(tokens);
        return this;
    }

    /**
     * The most tokens a request carrying much of an article may take (32,000 by default): a longer article is
     * briefed in parts, and the glossary pass reads it in parts.
     */
    public TarjamaBuilder contextTokens(int tokens) {
        settings.contextTokens(tokens);
        return this;
    }

    /**
     * Where each article's agreed renderings come from besides {@link #glossary(List)}: by default the renderings
     * its translation answers used ({@link GlossaryMode#FROM_ANSWERS}); {@link GlossaryMode#PASS} adds one request
     * over the whole article before translating; {@link GlossaryMode#OFF} keeps the given renderings only.
     */
    public TarjamaBuilder glossaryMode(GlossaryMode mode) {
        settings.glossary(mode);
        return this;
    }

    /** Renderings that win over the glossary pass's, for every article. */
    public TarjamaBuilder glossary(List<GlossaryEntry> entries) {
        return glossaries(GlossarySource.of(entries));
    }

    /** Renderings that win over the glossary pass's, chosen per article. */
    public TarjamaBuilder glossaries(GlossarySource glossaries) {
        this.glossaries = Objects.requireNonNull(glossaries, "glossaries");
        return this;
    }

    /** How pages and feeds are fetched: timeouts, redirects, the size cap, private addresses. */
    public TarjamaBuilder fetchPolicy(FetchPolicy policy) {
        settings.fetch(Objects.requireNonNull(policy, "policy"));
        return this;
    }

    /** How many of a feed's newest items are read (10 by default). */
    public TarjamaBuilder feedItems(int newest) {
        settings.feedItems(newest);
        return this;
    }

    /** Requests and tokens per minute (0: no limit), held across every article of the run. */
    public TarjamaBuilder rateLimits(int requestsPerMinute, long tokensPerMinute) {
        settings.rateLimits(requestsPerMinute, tokensPerMinute);
        return this;
    }

    /**
     * An answer cache shared with others (several workers on one database), instead of {@link #cache(Path)}; the
     * caller owns it and closes it after the run.
     */
    public TarjamaBuilder sharedCache(AnswerCache cache) {
        this.sharedCache = Objects.requireNonNull(cache, "cache");
        return this;
    }

    /** A rate budget shared with others (several workers on one account); it overrides {@link #rateLimits}. */
    public TarjamaBuilder rateBudget(RateBudget budget) {
        this.budget = Objects.requireNonNull(budget, "budget");
        return this;
    }

    /** Sampling temperature (0.2 by default: translation wants it low). */
    public TarjamaBuilder temperature(double temperature) {
        this.temperature = temperature;
        return this;
    }

    /** Prices for the cost estimate; well-known models are built in. */
    public TarjamaBuilder prices(PriceTable prices) {
        this.prices = Objects.requireNonNull(prices, "prices");
        return this;
    }

    /** Told about progress, retries and warnings. */
    public TarjamaBuilder reporter(Reporter reporter) {
        this.reporter = Objects.requireNonNull(reporter, "reporter");
        return this;
    }

    public TarjamaBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /** Cancel it to stop the run: work in flight gets a grace period, and what is finished is returned. */
    public TarjamaBuilder cancellation(Cancellation cancellation) {
        this.cancellation = Objects.requireNonNull(cancellation, "cancellation");
        return this;
    }

    /**
     * @throws TarjamaException with exit code 2 when no backend was given, a prompt template is broken or the
     *                          cache cannot be opened
     */
    public Tarjama build() {
        if (backend == null) {
            throw TarjamaException.usage("no backend: call backend(…) or chatModel(…) on the builder");
        }
        RunSettings run = settings.build();
        BackendConfig timed = new BackendConfig(
                backend.provider(), backend.model(), backend.baseUrl(), backend.apiKey(), run.timeout(), temperature);
        RateBudget rates = budget != null
                ? budget
                : run.requestsPerMinute() > 0 || run.tokensPerMinute() > 0
                        ? new SlidingWindowBudget(run.requestsPerMinute(), run.tokensPerMinute())
                        : RateBudget.UNLIMITED;
        ModelConnector connect = connector != null ? connector : ModelConnector.forBackend(timed, null);
        return new Tarjama(
                new RunContext(run, timed, connect, rates, sharedCache, prices, reporter, clock, cancellation),
                glossaries);
    }
}
