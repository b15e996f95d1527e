package dev.tarjama.api;

import dev.langchain4j.model.chat.ChatModel;
import dev.tarjama.Backend;
import dev.tarjama.Cancellation;
import dev.tarjama.ConfigurationException;
import dev.tarjama.Options;
import dev.tarjama.OptionsBuilder;
import dev.tarjama.Price;
import dev.tarjama.Reporter;
import dev.tarjama.StorageException;
import dev.tarjama.internal.llm.BackendConfig;
import dev.tarjama.internal.llm.PriceTable;
import dev.tarjama.internal.llm.Provider;
import dev.tarjama.internal.run.ModelConnector;
import dev.tarjama.internal.run.RunContext;
import dev.tarjama.model.Article;
import dev.tarjama.model.GlossaryEntry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Settings for a {@link Tarjama}; everything has a default except the backend. Not safe for use by several threads. */
public final class TarjamaBuilder {
    private dev.tarjama.internal.llm.RateBudget budget;
    private OptionsBuilder options = Options.builder();
    private Backend backend;
    private ChatModel chatModel;
    private SharedDatabase database;
    private PriceTable prices = PriceTable.defaults();
    private Reporter reporter = Reporter.NONE;
    private Clock clock = Clock.systemUTC();
    private Cancellation cancellation = new Cancellation();
    private ProcessContext process;
    private Function<Article, List<GlossaryEntry>> glossaries = article -> List.of();

    TarjamaBuilder() {}

    /**
     * A backend by name, as the command line's {@code --backend} takes it.
     *
     * @param provider openai (or any OpenAI-compatible server), anthropic, gemini or ollama
     * @param baseUrl  the API root, or {@code null} for the provider's public API
     * @param apiKey   the key, or {@code null} for a server that needs none
     * @param model    the model, or {@code null} for the provider's default
     * @throws ConfigurationException for a provider tarjama does not know
     */
    public TarjamaBuilder backend(String provider, String baseUrl, String apiKey, String model) {
        Provider p = Provider.named(provider)
                .filter(x -> x != Provider.LOCAL)
                .orElseThrow(() -> new ConfigurationException(
                        "unknown backend '" + provider + "'; available: openai, anthropic, gemini, ollama"));
        String url = baseUrl == null || baseUrl.isBlank() ? p.defaultBaseUrl() : baseUrl.strip();
        return backend(new Backend(
                p.name(),
                model == null ? p.defaultModel() : model,
                url.endsWith("/") ? url.substring(0, url.length() - 1) : url,
                apiKey,
                null));
    }

    /** A backend resolved already (the command line resolves {@code auto}, profiles and variables into one). */
    public TarjamaBuilder backend(Backend backend) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.chatModel = null;
        return this;
    }

    /** A LangChain4j model of your own; {@code name} is what outputs record as the model and what the cache keys on. */
    public TarjamaBuilder chatModel(ChatModel model, String name) {
        this.chatModel = Objects.requireNonNull(model, "model");
        this.backend = new Backend("custom", Objects.requireNonNull(name, "name"), "in-process", null, null);
        return this;
    }

    /** Every option at once, in place of those set so far. */
    public TarjamaBuilder options(Options options) {
        this.options = options.toBuilder();
        return this;
    }

    /** The answer cache (SQLite, created if missing): nothing answered is ever paid for twice. */
    public TarjamaBuilder cache(Path file) {
        options.cache(file);
        return this;
    }

    /** Requests in flight at once, at most (4 by default). */
    public TarjamaBuilder concurrency(int requestsInFlight) {
        options.concurrency(requestsInFlight);
        return this;
    }

    /** Renderings that win over those the answers use, for every article. */
    public TarjamaBuilder glossary(List<GlossaryEntry> entries) {
        List<GlossaryEntry> copy = List.copyOf(entries);
        return glossaries(article -> copy);
    }

    /** Renderings that win over those the answers use, chosen per article (its source's standing glossary). */
    public TarjamaBuilder glossaries(Function<Article, List<GlossaryEntry>> glossaries) {
        this.glossaries = Objects.requireNonNull(glossaries, "glossaries");
        return this;
    }

    /** Prices per model for the cost estimates, over the built-in list prices of well-known models. */
    public TarjamaBuilder prices(Map<String, Price> byModel) {
        this.prices = PriceTable.defaults().with(byModel);
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
     * What this run shares with the other runs of the process (a daemon's): open HTTP connections, providers already
     * warmed up. By default the run has its own.
     */
    public TarjamaBuilder process(ProcessContext process) {
        this.process = Objects.requireNonNull(process, "process");
        return this;
    }

    /**
     * Shares the answer cache and the rate limits with the other workers of a PostgreSQL database, instead of the
     * options' cache file and limits of this process alone. The caller closes the database after the run.
     */
    public TarjamaBuilder sharing(SharedDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
        return this;
    }

    /** Limits over a window of a test's choosing in place of the options' per-minute ones; for tests of this package. */
    TarjamaBuilder rateBudget(dev.tarjama.internal.llm.RateBudget budget) {
        this.budget = Objects.requireNonNull(budget, "budget");
        return this;
    }

    /**
     * @throws ConfigurationException when no backend was given, an option is out of range or a prompt template is
     *                                broken
     * @throws StorageException       when the cache cannot be opened
     */
    public Tarjama build() {
        if (backend == null) {
            throw new ConfigurationException("no backend: call backend(…) or chatModel(…) on the builder");
        }
        Options built = options.build();
        dev.tarjama.internal.render.Formats.select(
                built.output().formats(), built.output().paper());
        BackendConfig config = BackendConfig.of(backend, built);
        ModelConnector connector = chatModel != null
                ? ModelConnector.of(chatModel)
                : ModelConnector.forBackend(config, backend.localModel());
        RunContext.Parts parts = new RunContext.Parts(
                config,
                connector,
                budget != null ? budget : database == null ? null : database.budget(built.requests()),
                database == null ? null : database.cache(),
                prices,
                reporter,
                clock,
                cancellation,
                (process != null ? process : ProcessContext.forOneRun()).resources());
        return new Tarjama(new RunContext(built, parts), glossaries);
    }
}
