package dev.tarjama.api;

import dev.langchain4j.model.chat.ChatModel;
import dev.tarjama.Cancellation;
import dev.tarjama.TarjamaException;
import dev.tarjama.article.LoadedArticle;
import dev.tarjama.article.Polled;
import dev.tarjama.glossary.GlossarySource;
import dev.tarjama.llm.BackendConfig;
import dev.tarjama.llm.PriceTable;
import dev.tarjama.llm.Provider;
import dev.tarjama.llm.RateBudget;
import dev.tarjama.llm.RequestPlan;
import dev.tarjama.llm.RetryPolicy;
import dev.tarjama.llm.Secret;
import dev.tarjama.llm.SlidingWindowBudget;
import dev.tarjama.model.Article;
import dev.tarjama.model.GlossaryEntry;
import dev.tarjama.model.TranslatedArticle;
import dev.tarjama.model.Usage;
import dev.tarjama.render.Formats;
import dev.tarjama.render.OutputWriter;
import dev.tarjama.render.Paper;
import dev.tarjama.run.ModelConnector;
import dev.tarjama.run.Reporter;
import dev.tarjama.run.RunContext;
import dev.tarjama.run.RunSettings;
import dev.tarjama.source.ArticleSource;
import dev.tarjama.source.FetchPolicy;
import dev.tarjama.source.Validators;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * tarjama as a library: articles in, translated articles with their briefs out, through any LangChain4j
 * {@link ChatModel} or a named backend. One instance is one run: every article translated through it shares its
 * answer cache, rate limits and concurrency. It is not tied to a terminal, the environment or the working directory.
 *
 * <pre>{@code
 * try (Tarjama tarjama = Tarjama.builder()
 *         .backend("openai", "https://api.openai.com/v1", System.getenv("OPENAI_API_KEY"), "gpt-4.1-mini")
 *         .cache(Path.of("answers.db"))
 *         .build()) {
 *     TranslatedArticle article = tarjama.translate(Path.of("article.txt"));
 *     System.out.println(article.brief().headline());
 *     tarjama.write(article, Path.of("output/article"));
 * }
 * }</pre>
 */
public final class Tarjama implements AutoCloseable {
    private final RunContext context;
    private final GlossarySource glossaries;

    private Tarjama(RunContext context, GlossarySource glossaries) {
        this.context = context;
        this.glossaries = glossaries;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Reads, translates and briefs the article in {@code file} (plain text, HTML or a feed; any encoding). */
    public TranslatedArticle translate(Path file) {
        return translate(ArticleSource.file(file));
    }

    /**
     * Reads, translates and briefs one article.
     *
     * @throws TarjamaException with exit code 4 when the input cannot be read, 3 when the backend stopped the run
     */
    public TranslatedArticle translate(ArticleSource source) {
        return translate(load(source));
    }

    /** Translates and briefs an article already read. */
    public TranslatedArticle translate(Article article) {
        return context.pipeline().translate(article, glossaries.forArticle(article));
    }

    /** Reads and segments an article (a feed's newest item, a folder's first file), sending nothing. */
    public Article load(ArticleSource source) {
        return context.loader().load(source, context.settings().sourceLanguage());
    }

    /**
     * Reads every article a source holds (a folder's files, a feed's newest items; one for a page or a file), sending
     * nothing. An article that cannot be read is in the list as a failure, so the others can go on.
     *
     * @throws TarjamaException with exit code 4 when the source itself cannot be read
     */
    public List<LoadedArticle> loadAll(ArticleSource source) {
        return context.loader().loadAll(source, context.settings().sourceLanguage());
    }

    /**
     * Polls a source on a schedule: its articles now, or nothing when its server says it is still the version
     * {@code known} identifies (a 304 answer, no parse).
     */
    public Polled poll(ArticleSource source, Validators known) {
        return context.loader().poll(source, known, context.settings().sourceLanguage());
    }

    /** What translating the article would send, with token estimates; nothing is sent and the cache is only read. */
    public DryRun plan(Article article) {
        RequestPlan plan = new RequestPlan();
        context.planningPipeline(plan).translate(article, glossaries.forArticle(article));
        long planned = plan.requests().stream()
                .filter(r -> r.label().startsWith("paragraph"))
                .mapToLong(RequestPlan.Planned::segments)
                .sum();
        return new DryRun(article, plan, (int) (article.segmentCount() - planned));
    }

    /** Writes the default formats (brief.md, bilingual.html, bilingual.md, article.json) into {@code directory}. */
    public List<Path> write(TranslatedArticle article, Path directory) {
        return write(article, directory, Formats.DEFAULT);
    }

    /** Writes the named formats ({@link Formats#names()}) into {@code directory}; returns the files written. */
    public List<Path> write(TranslatedArticle article, Path directory, List<String> formats) {
        return write(article, directory, formats, Paper.A4);
    }

    /** Writes the named formats into {@code directory}, a PDF among them laid out on {@code paper}. */
    public List<Path> write(TranslatedArticle article, Path directory, List<String> formats, Paper paper) {
        return new OutputWriter(Formats.select(formats, paper)).write(article, directory);
    }

    /** What every article of this run has spent so far. */
    public Usage usage() {
        return context.usage().snapshot();
    }

    /** The settings every article of this run is translated with. */
    public RunSettings settings() {
        return context.settings();
    }

    /** The backend the articles are translated with (never its key). */
    public BackendConfig backend() {
        return context.backend();
    }

    @Override
    public void close() {
        context.close();
    }

    /** Settings for a {@link Tarjama}; everything has a default except the backend. */
    public static final class Builder {
        private RunSettings.Builder settings = RunSettings.builder();
        private BackendConfig backend;
        private ModelConnector connector;
        private RateBudget budget;
        private PriceTable prices = PriceTable.defaults();
        private Reporter reporter = Reporter.NONE;
        private Clock clock = Clock.systemUTC();
        private Cancellation cancellation = new Cancellation();
        private GlossarySource glossaries = GlossarySource.NONE;
        private double temperature = 0.2;

        private Builder() {}

        /**
         * A backend by name, as the command line's {@code --backend} takes it.
         *
         * @param provider openai (or any OpenAI-compatible server), anthropic, gemini or ollama
         * @param baseUrl  the API root, or {@code null} for the provider's public API
         * @param apiKey   the key, or {@code null} for a server that needs none
         * @param model    the model, or {@code null} for the provider's default
         */
        public Builder backend(String provider, String baseUrl, String apiKey, String model) {
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
        public Builder chatModel(ChatModel model, String name) {
            Objects.requireNonNull(model, "model");
            return backend(
                    new BackendConfig("custom", name, "in-process", null, RunSettings.DEFAULT_TIMEOUT, temperature),
                    ModelConnector.of(model));
        }

        /** A resolved backend and how to reach it ({@code null}: through the provider's LangChain4j module). */
        public Builder backend(BackendConfig backend, ModelConnector connector) {
            this.backend = Objects.requireNonNull(backend, "backend");
            this.connector = connector;
            return this;
        }

        /** Every setting at once (the command line resolves them from flags, variables and config files). */
        public Builder settings(RunSettings settings) {
            this.settings = settings.toBuilder();
            return this;
        }

        /** The answer cache (SQLite, created if missing): nothing answered is ever paid for twice. */
        public Builder cache(Path file) {
            settings.cacheFile(file);
            return this;
        }

        /** Requests in flight at once, at most (4 by default). */
        public Builder concurrency(int requestsInFlight) {
            settings.concurrency(requestsInFlight);
            return this;
        }

        /** The language to translate into, a BCP 47 code ("en" by default). */
        public Builder targetLanguage(String code) {
            settings.targetLanguage(code);
            return this;
        }

        public Builder retry(RetryPolicy retry) {
            settings.retry(retry);
            return this;
        }

        /** Limit for one request (120 s by default). */
        public Builder timeout(Duration timeout) {
            settings.timeout(timeout);
            return this;
        }

        /**
         * Paragraphs asked together, up to {@code tokens} source tokens per request ({@value
         * dev.tarjama.run.RunSettings#DEFAULT_BATCH_TOKENS} by default); 0 asks one paragraph per request. Each
         * paragraph is cached and checked on its own either way.
         */
        public Builder batchTokens(int tokens) {
            settings.batchTokens(tokens);
            return this;
        }

        /** The glossary pass: one request per article proposing its names and terms. On by default. */
        public Builder glossaryPass(boolean on) {
            settings.glossaryPass(on);
            return this;
        }

        /** Renderings that win over the glossary pass's, for every article. */
        public Builder glossary(List<GlossaryEntry> entries) {
            return glossaries(GlossarySource.of(entries));
        }

        /** Renderings that win over the glossary pass's, chosen per article. */
        public Builder glossaries(GlossarySource glossaries) {
            this.glossaries = Objects.requireNonNull(glossaries, "glossaries");
            return this;
        }

        /** How pages and feeds are fetched: timeouts, redirects, the size cap, private addresses. */
        public Builder fetchPolicy(FetchPolicy policy) {
            settings.fetch(Objects.requireNonNull(policy, "policy"));
            return this;
        }

        /** How many of a feed's newest items are read (10 by default). */
        public Builder feedItems(int newest) {
            settings.feedItems(newest);
            return this;
        }

        /** Requests and tokens per minute (0: no limit), held across every article of the run. */
        public Builder rateLimits(int requestsPerMinute, long tokensPerMinute) {
            settings.rateLimits(requestsPerMinute, tokensPerMinute);
            return this;
        }

        /** A rate budget shared with others (several workers on one account); it overrides {@link #rateLimits}. */
        public Builder rateBudget(RateBudget budget) {
            this.budget = Objects.requireNonNull(budget, "budget");
            return this;
        }

        /** Sampling temperature (0.2 by default: translation wants it low). */
        public Builder temperature(double temperature) {
            this.temperature = temperature;
            return this;
        }

        /** Prices for the cost estimate; well-known models are built in. */
        public Builder prices(PriceTable prices) {
            this.prices = Objects.requireNonNull(prices, "prices");
            return this;
        }

        /** Told about progress, retries and warnings. */
        public Builder reporter(Reporter reporter) {
            this.reporter = Objects.requireNonNull(reporter, "reporter");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Cancel it to stop the run: work in flight gets a grace period, and what is finished is returned. */
        public Builder cancellation(Cancellation cancellation) {
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
                    backend.provider(),
                    backend.model(),
                    backend.baseUrl(),
                    backend.apiKey(),
                    run.timeout(),
                    temperature);
            RateBudget rates = budget != null
                    ? budget
                    : run.requestsPerMinute() > 0 || run.tokensPerMinute() > 0
                            ? new SlidingWindowBudget(run.requestsPerMinute(), run.tokensPerMinute())
                            : RateBudget.UNLIMITED;
            ModelConnector connect = connector != null ? connector : ModelConnector.forBackend(timed, null);
            return new Tarjama(
                    new RunContext(run, timed, connect, rates, prices, reporter, clock, cancellation), glossaries);
        }
    }
}
