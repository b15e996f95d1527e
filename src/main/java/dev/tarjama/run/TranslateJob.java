package dev.tarjama.run;

import dev.langchain4j.model.chat.ChatModel;
import dev.tarjama.Cancellation;
import dev.tarjama.ExitCodes;
import dev.tarjama.TarjamaException;
import dev.tarjama.article.ArticleFetcher;
import dev.tarjama.article.ArticleLoader;
import dev.tarjama.cache.AnswerCache;
import dev.tarjama.cache.SqliteAnswerCache;
import dev.tarjama.config.Config;
import dev.tarjama.glossary.GlossaryFile;
import dev.tarjama.llm.BackendConfig;
import dev.tarjama.llm.BackoffPolicy;
import dev.tarjama.llm.CallPolicy;
import dev.tarjama.llm.ChatModelFactories;
import dev.tarjama.llm.ModelGateway;
import dev.tarjama.llm.OkHttpChatClientBuilder;
import dev.tarjama.llm.Provider;
import dev.tarjama.llm.RateLimiter;
import dev.tarjama.llm.RunThrottle;
import dev.tarjama.llm.UsageMeter;
import dev.tarjama.local.LocalChatModel;
import dev.tarjama.local.LocalEngine;
import dev.tarjama.local.ModelStore;
import dev.tarjama.model.Article;
import dev.tarjama.model.GlossaryEntry;
import dev.tarjama.model.Paragraph;
import dev.tarjama.model.TranslatedArticle;
import dev.tarjama.prompt.PromptKind;
import dev.tarjama.prompt.PromptLibrary;
import dev.tarjama.render.OutputWriter;
import dev.tarjama.render.Renderers;
import dev.tarjama.translate.BriefRequests;
import dev.tarjama.translate.GlossaryRequests;
import dev.tarjama.translate.ParagraphRequests;
import dev.tarjama.translate.RequestPlanner;
import dev.tarjama.translate.TranslationPipeline;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;

/**
 * One {@code translate} invocation, assembled in one place: resolve the backend and the prompts, then for each
 * input load and segment the article, translate it, and write the renderings.
 */
public final class TranslateJob {
    private final TranslateSettings settings;
    private final Map<String, String> environment;
    private final Path workingDirectory;
    private final Supplier<InputStream> stdin;
    private final Clock clock;
    private final Reporter reporter;
    private final Cancellation cancellation;
    private final Config config;
    private final Config.Resolved profile;
    private final SecureRandom random = new SecureRandom();
    private final OkHttpClient http;
    private BackendConfig backend;

    public TranslateJob(TranslateSettings settings, Map<String, String> environment, Path workingDirectory,
                        Supplier<InputStream> stdin, Clock clock, Reporter reporter, Cancellation cancellation,
                        Config config, Config.Resolved profile) {
        this.settings = settings;
        this.environment = environment;
        this.workingDirectory = workingDirectory;
        this.stdin = stdin;
        this.clock = clock;
        this.reporter = reporter;
        this.cancellation = cancellation;
        this.config = config;
        this.profile = profile;
        this.http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(settings.timeout())
                .callTimeout(settings.timeout())
                .build();
    }

    /** The backend a run talks to (for a dry run: would talk to), as recorded in its outputs. */
    public synchronized BackendConfig backend() {
        if (backend == null) {
            backend = new BackendResolver(environment, config, profile, new BackendProbe(http),
                    ModelStore.forEnvironment(environment), reporter::warn)
                    .resolve(settings.backend(), settings.model(), settings.baseUrl(), settings.timeout(),
                            settings.temperature(), !settings.dryRun());
        }
        return backend;
    }

    /** What the run would do for each input, calling nothing. */
    public List<DryRunPlan> plan() {
        BackendConfig backend = backend();
        PromptLibrary prompts = loadPrompts();
        try {
            ArticleLoader loader = new ArticleLoader(new ArticleFetcher(http, stdin, workingDirectory),
                    settings.maxSegmentChars());
            List<GlossaryEntry> userGlossary = userGlossary();
            reporter.detail("backend " + backend.provider() + " at " + backend.baseUrl() + ", model " + backend.model());
            List<DryRunPlan> plans = new ArrayList<>();
            try (AnswerCache cache = openCache()) {
                for (String input : settings.inputs()) {
                    RequestPlanner planner = new RequestPlanner(
                            glossary -> new ParagraphRequests(prompts.get(PromptKind.TRANSLATE), settings.targetLanguage(),
                                    random, glossary),
                            new BriefRequests(prompts.get(PromptKind.BRIEF), settings.targetLanguage(), random),
                            settings.glossaryPass()
                                    ? new GlossaryRequests(prompts.get(PromptKind.GLOSSARY), settings.targetLanguage(), random)
                                    : null,
                            withStandingGlossaries(userGlossary, input));
                    Article article = loader.load(input, settings.sourceLanguage());
                    RequestPlanner.Plan plan = planner.plan(article, key -> cache.get(ModelGateway.scope(key, backend)));
                    plans.add(DryRunPlan.of(article, plan, prompts));
                }
            }
            return plans;
        } finally {
            shutdown();
        }
    }

    /** @return the exit code: the worst outcome over all inputs */
    public int run() {
        BackendConfig backend = backend();
        PromptLibrary prompts = loadPrompts();
        List<GlossaryEntry> userGlossary = userGlossary();
        LocalEngine engine = null;
        try {
            ArticleLoader loader = new ArticleLoader(new ArticleFetcher(http, stdin, workingDirectory),
                    settings.maxSegmentChars());
            ChatModelFactories factories = new ChatModelFactories(() -> new OkHttpChatClientBuilder(http, Clock.systemUTC()));
            ChatModel model;
            if (backend.provider().equals(Provider.LOCAL.name())) {
                engine = new LocalEngine(ModelStore.forEnvironment(environment).find(backend.model()).orElseThrow(),
                        LocalEngine.sameJvm("dev.tarjama.cli.Main"), Duration.ofMinutes(2));
                model = new LocalChatModel(engine, url -> factories.create(new BackendConfig(backend.provider(),
                        backend.model(), url, null, backend.timeout(), backend.temperature())));
            } else {
                model = factories.create(backend);
            }
            reporter.detail("backend " + backend.provider() + " at " + backend.baseUrl() + ", model " + backend.model()
                    + ", prompts " + prompts.versions() + (profile.name() == null ? "" : ", profile " + profile.name()));
            int worst = ExitCodes.OK;
            try (AnswerCache cache = openCache()) {
                for (String input : settings.inputs()) {
                    if (cancellation.isCancelled()) {
                        return ExitCodes.INTERRUPTED;
                    }
                    worst = Math.max(worst, translateReportingInputErrors(input, loader, model, backend, prompts, cache,
                            userGlossary));
                }
            }
            return cancellation.isCancelled() ? ExitCodes.INTERRUPTED : worst;
        } finally {
            if (engine != null) {
                engine.close();
            }
            shutdown();
        }
    }

    private int translateReportingInputErrors(String input, ArticleLoader loader, ChatModel model, BackendConfig backend,
                                              PromptLibrary prompts, AnswerCache cache, List<GlossaryEntry> userGlossary) {
        try {
            return translateOne(input, loader, model, backend, prompts, cache, userGlossary);
        } catch (TarjamaException e) {
            if (e.exitCode() != ExitCodes.INPUT || settings.inputs().size() == 1) {
                throw e;
            }
            reporter.warn(e.getMessage());
            return e.exitCode();
        }
    }

    private int translateOne(String input, ArticleLoader loader, ChatModel model, BackendConfig backend,
                             PromptLibrary prompts, AnswerCache cache, List<GlossaryEntry> userGlossary) {
        Article article = loader.load(input, settings.sourceLanguage());
        List<GlossaryEntry> glossary = withStandingGlossaries(userGlossary, input);
        reporter.detail(input + ": " + article.paragraphs().size() + " paragraphs (" + article.segmentCount()
                + " segments), language " + article.language() + ", charset " + article.charset());

        UsageMeter usage = new UsageMeter(config.prices().priceOf(backend.model()).orElse(null));
        CallPolicy policy = new CallPolicy(
                new BackoffPolicy(settings.maxAttempts(), settings.retryDelay(), Duration.ofSeconds(60)),
                new RateLimiter(settings.requestsPerMinute(), settings.tokensPerMinute()),
                new RunThrottle(), cache, settings.refresh(), cancellation);
        ModelGateway gateway = new ModelGateway(model, backend, policy, usage, reporter, random);
        TranslationPipeline pipeline = new TranslationPipeline(gateway, prompts, backend.info(), usage,
                settings.targetLanguage(), settings.concurrency(), clock, random, reporter, cancellation,
                glossary, settings.glossaryPass());
        TranslatedArticle result = pipeline.translate(article);

        String slug = OutputSlug.of(input, article.paragraphs().stream().map(Paragraph::text)
                .collect(Collectors.joining("\n")));
        Path directory = workingDirectory.resolve(settings.outputRoot()).resolve(slug);
        List<Path> files = new OutputWriter(Renderers.standard().all()).write(result, directory);

        reporter.finished(result, displayPath(directory));
        reporter.detail("wrote " + files.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", ")));
        long failed = result.failedCount();
        if (failed > 0 && !result.interrupted()) {
            result.paragraphs().stream().filter(p -> !p.isOk())
                    .forEach(p -> reporter.warn("paragraph " + p.index() + " not translated: " + p.error()));
        }
        if (result.brief() == null && !result.interrupted()) {
            reporter.warn("no brief: " + result.briefError());
        }
        if (result.interrupted()) {
            return ExitCodes.INTERRUPTED;
        }
        if (failed > 0 || result.brief() == null || settings.strict() && result.hasFlags()) {
            return ExitCodes.PARTIAL;
        }
        return ExitCodes.OK;
    }

    private AnswerCache openCache() {
        if (settings.noCache()) {
            return AnswerCache.NONE;
        }
        Path file = settings.cacheFile() == null
                ? CacheLocation.defaultFile(environment)
                : workingDirectory.resolve(settings.cacheFile());
        return SqliteAnswerCache.open(file, clock);
    }

    /** The user's glossary, then the standing glossaries the config names for the article's news source. */
    private List<GlossaryEntry> withStandingGlossaries(List<GlossaryEntry> userGlossary, String input) {
        List<GlossaryEntry> all = new ArrayList<>(userGlossary);
        for (Path file : config.glossariesFor(input, workingDirectory)) {
            reporter.detail(input + ": standing glossary " + file);
            all.addAll(GlossaryFile.read(file, file.toString()));
        }
        return all;
    }

    private List<GlossaryEntry> userGlossary() {
        return settings.glossaryFile() == null ? List.of()
                : GlossaryFile.read(workingDirectory.resolve(settings.glossaryFile()), settings.glossaryFile().toString());
    }

    private PromptLibrary loadPrompts() {
        return PromptLibrary.load(settings.promptsDir() == null ? null : workingDirectory.resolve(settings.promptsDir()));
    }

    private void shutdown() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    private Path displayPath(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        Path cwd = workingDirectory.toAbsolutePath().normalize();
        return absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute;
    }
}
