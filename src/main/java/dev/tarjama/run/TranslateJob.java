package dev.tarjama.run;

import dev.langchain4j.model.chat.ChatModel;
import dev.tarjama.ExitCodes;
import dev.tarjama.TarjamaException;
import dev.tarjama.article.ArticleFetcher;
import dev.tarjama.article.ArticleLoader;
import dev.tarjama.llm.BackendConfig;
import dev.tarjama.llm.BackoffPolicy;
import dev.tarjama.llm.ModelGateway;
import dev.tarjama.llm.OkHttpChatClientBuilder;
import dev.tarjama.llm.OpenAiChatModelFactory;
import dev.tarjama.llm.RunThrottle;
import dev.tarjama.llm.UsageMeter;
import dev.tarjama.model.Article;
import dev.tarjama.model.TranslatedArticle;
import dev.tarjama.prompt.PromptKind;
import dev.tarjama.prompt.PromptLibrary;
import dev.tarjama.render.OutputWriter;
import dev.tarjama.render.Renderers;
import dev.tarjama.translate.ParagraphRequests;
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
    private final SecureRandom random = new SecureRandom();

    public TranslateJob(TranslateSettings settings, Map<String, String> environment, Path workingDirectory,
                        Supplier<InputStream> stdin, Clock clock, Reporter reporter) {
        this.settings = settings;
        this.environment = environment;
        this.workingDirectory = workingDirectory;
        this.stdin = stdin;
        this.clock = clock;
        this.reporter = reporter;
    }

    /** What the run would do for each input, calling nothing. */
    public List<DryRunPlan> plan() {
        BackendConfig backend = new BackendResolver(environment).resolve(settings);
        PromptLibrary prompts = loadPrompts();
        OkHttpClient http = new OkHttpClient.Builder().callTimeout(settings.timeout()).build();
        try {
            ArticleLoader loader = new ArticleLoader(new ArticleFetcher(http, stdin, workingDirectory),
                    settings.maxSegmentChars());
            ParagraphRequests requests = new ParagraphRequests(prompts.get(PromptKind.TRANSLATE),
                    settings.targetLanguage(), random);
            reporter.detail("backend " + backend.provider() + " at " + backend.baseUrl() + ", model " + backend.model());
            List<DryRunPlan> plans = new ArrayList<>();
            for (String input : settings.inputs()) {
                Article article = loader.load(input, settings.sourceLanguage());
                plans.add(DryRunPlan.of(article, requests.all(article), prompts));
            }
            return plans;
        } finally {
            shutdown(http);
        }
    }

    /** The backend a run talks to, as recorded in its outputs. */
    public BackendConfig backend() {
        return new BackendResolver(environment).resolve(settings);
    }

    /** @return the exit code: the worst outcome over all inputs */
    public int run() {
        BackendConfig backend = new BackendResolver(environment).resolve(settings);
        PromptLibrary prompts = loadPrompts();
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(settings.timeout())
                .callTimeout(settings.timeout())
                .build();
        try {
            ArticleLoader loader = new ArticleLoader(new ArticleFetcher(http, stdin, workingDirectory),
                    settings.maxSegmentChars());
            ChatModel model = new OpenAiChatModelFactory(() -> new OkHttpChatClientBuilder(http, clock)).create(backend);
            reporter.detail("backend " + backend.provider() + " at " + backend.baseUrl() + ", model " + backend.model()
                    + ", prompts " + prompts.versions());
            int worst = ExitCodes.OK;
            for (String input : settings.inputs()) {
                int code;
                try {
                    code = translateOne(input, loader, model, backend, prompts);
                } catch (TarjamaException e) {
                    if (e.exitCode() != ExitCodes.INPUT || settings.inputs().size() == 1) {
                        throw e;
                    }
                    reporter.warn(e.getMessage());
                    code = e.exitCode();
                }
                worst = Math.max(worst, code);
            }
            return worst;
        } finally {
            shutdown(http);
        }
    }

    private PromptLibrary loadPrompts() {
        return PromptLibrary.load(settings.promptsDir() == null ? null : workingDirectory.resolve(settings.promptsDir()));
    }

    private static void shutdown(OkHttpClient http) {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    private int translateOne(String input, ArticleLoader loader, ChatModel model, BackendConfig backend,
                             PromptLibrary prompts) {
        Article article = loader.load(input, settings.sourceLanguage());
        reporter.detail(input + ": " + article.paragraphs().size() + " paragraphs (" + article.segmentCount()
                + " requests), language " + article.language() + ", charset " + article.charset());

        UsageMeter usage = new UsageMeter();
        BackoffPolicy backoff = new BackoffPolicy(settings.maxAttempts(), settings.retryDelay(), Duration.ofSeconds(60));
        ModelGateway gateway = new ModelGateway(model, backend, backoff, new RunThrottle(clock), usage, reporter, random);
        TranslationPipeline pipeline = new TranslationPipeline(gateway, prompts, backend.info(), usage,
                settings.targetLanguage(), settings.concurrency(), clock, random, reporter);
        TranslatedArticle result = pipeline.translate(article);

        String slug = OutputSlug.of(input, article.paragraphs().stream()
                .map(p -> p.text()).collect(Collectors.joining("\n")));
        Path directory = workingDirectory.resolve(settings.outputRoot()).resolve(slug);
        List<Path> files = new OutputWriter(Renderers.standard().all()).write(result, directory);

        long failed = result.failedCount();
        reporter.info(String.format("%s: %d/%d paragraphs translated%s; %d requests (%d retries), %,d input + %,d output tokens → %s",
                input, result.paragraphs().size() - failed, result.paragraphs().size(),
                result.brief() == null ? ", no brief" : ", brief written",
                result.usage().requests(), usage.retries(), result.usage().inputTokens(), result.usage().outputTokens(),
                displayPath(directory)));
        reporter.detail("wrote " + files.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", ")));
        if (failed > 0) {
            result.paragraphs().stream().filter(p -> !p.isOk())
                    .forEach(p -> reporter.warn("paragraph " + p.index() + " not translated: " + p.error()));
        }
        if (result.brief() == null) {
            reporter.warn("no brief: " + result.briefError());
        }
        return failed > 0 || result.brief() == null ? ExitCodes.PARTIAL : ExitCodes.OK;
    }

    private Path displayPath(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        Path cwd = workingDirectory.toAbsolutePath().normalize();
        return absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute;
    }
}
