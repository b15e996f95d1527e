package dev.tarjama.cli;

import dev.tarjama.ExitCodes;
import dev.tarjama.TarjamaException;
import dev.tarjama.article.ArticleLoader;
import dev.tarjama.config.Config;
import dev.tarjama.config.Profile;
import dev.tarjama.run.TranslateJob;
import dev.tarjama.run.TranslateSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tarjama translate}: articles in, English brief and bilingual documents out. */
@Command(name = "translate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Translates articles into an English brief and bilingual documents.",
            "Writes brief.md, bilingual.html, bilingual.md and article.json into <out>/<name>/, where <name> comes "
                    + "from the input's file name.",
            "Keys come from the environment (OPENAI_API_KEY, ANTHROPIC_API_KEY, GEMINI_API_KEY) or a config profile; "
                    + "'tarjama backends' shows what is available."},
        footer = {"", "Exit codes: 0 ok; 1 some paragraphs failed (outputs still written), or a flag with --strict;",
                "2 usage error; 3 backend not configured, unreachable or refusing the credentials;",
                "4 input unreadable, empty or binary; 130 interrupted (rerun to resume)."})
final class TranslateCommand implements Callable<Integer>, Verbosity.Aware {
    private final Environment env;

    @Mixin
    Verbosity verbosity = new Verbosity();

    @Parameters(arity = "1..*", paramLabel = "<file|url|->",
            description = "Article files (plain text, HTML or an RSS/Atom feed; any encoding), http(s) URLs, or - for standard input.")
    List<String> inputs;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "output",
            description = "Output root; each article gets its own directory in it. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--backend", paramLabel = "NAME",
            description = "auto (default), openai (or any OpenAI-compatible server), anthropic, gemini, ollama, local.")
    String backend;

    @Option(names = "--profile", paramLabel = "NAME", description = "A profile from tarjama.yaml or the user config file.")
    String profile;

    @Option(names = {"-m", "--model"}, paramLabel = "NAME", description = "Model name (each backend has a default).")
    String model;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "API base URL (default: the backend's variable, e.g. $OPENAI_BASE_URL, else its public API).")
    String baseUrl;

    @Option(names = {"-j", "--concurrency"}, paramLabel = "N",
            description = "Requests in flight at once. Default: 4.")
    Integer concurrency;

    @Option(names = "--source-lang", paramLabel = "CODE", description = "Source language (BCP 47); detected when absent.")
    String sourceLanguage;

    @Option(names = "--target-lang", paramLabel = "CODE", defaultValue = "en",
            description = "Target language (BCP 47). Default: ${DEFAULT-VALUE}.")
    String targetLanguage;

    @Option(names = "--prompts", paramLabel = "DIR", description = "Directory of prompt templates overriding the built-in ones.")
    Path prompts;

    @Option(names = "--max-attempts", paramLabel = "N",
            description = "Attempts per request before a paragraph is given up. Default: 5.")
    Integer maxAttempts;

    @Option(names = "--retry-delay", paramLabel = "DURATION", defaultValue = "1s",
            description = "Ceiling of the first backoff wait; it doubles per attempt (e.g. 500ms, 2s). Default: ${DEFAULT-VALUE}.")
    String retryDelay;

    @Option(names = "--timeout", paramLabel = "DURATION",
            description = "Limit for one request (e.g. 90s, 2m). Default: 120s.")
    String timeout;

    @Option(names = "--temperature", paramLabel = "T", description = "Sampling temperature. Default: 0.2.")
    Double temperature;

    @Option(names = "--max-segment-chars", paramLabel = "N", defaultValue = "" + ArticleLoader.DEFAULT_MAX_SEGMENT_CHARS,
            description = "Paragraphs longer than this are split at sentence boundaries. Default: ${DEFAULT-VALUE}.")
    int maxSegmentChars;

    @Option(names = "--dry-run",
            description = "Show the paragraphs as segmented, the requests the run would make and an estimate of "
                    + "tokens and cost; send nothing.")
    boolean dryRun;

    @Option(names = "--cache", paramLabel = "FILE",
            description = "The answer cache (SQLite). Default: $XDG_CACHE_HOME/tarjama/cache.db, else ~/.cache/tarjama/cache.db.")
    Path cache;

    @Option(names = "--no-cache", description = "Neither read nor write the answer cache.")
    boolean noCache;

    @Option(names = "--refresh", description = "Ask the model again even for cached answers (and store the new ones).")
    boolean refresh;

    @Option(names = "--rpm", paramLabel = "N", description = "At most N requests per minute. Default: no limit.")
    Integer requestsPerMinute;

    @Option(names = "--tpm", paramLabel = "N", description = "At most about N tokens per minute. Default: no limit.")
    Long tokensPerMinute;

    @Option(names = "--glossary", paramLabel = "FILE",
            description = "Your agreed renderings, CSV or TSV: source term, rendering, optional note. They override "
                    + "and extend the glossary tarjama builds for each article.")
    Path glossary;

    @Option(names = "--no-glossary", description = "Skip the glossary request (one per article); --glossary still applies.")
    boolean noGlossary;

    @Option(names = "--strict", description = "Exit 1 when any check flags a paragraph or the brief.")
    boolean strict;

    TranslateCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Verbosity verbosity() {
        return verbosity;
    }

    @Override
    public Integer call() {
        Config config = Config.load(env.variables(), env.workingDirectory());
        Config.Resolved chosen = config.profile(profile);
        Profile p = chosen.values();
        int jobs = pick(concurrency, p.concurrency(), 4);
        int attempts = pick(maxAttempts, p.maxAttempts(), 5);
        double temp = pick(temperature, p.temperature(), 0.2);
        int rpm = pick(requestsPerMinute, p.rpm(), 0);
        long tpm = pick(tokensPerMinute, p.tpm(), 0L);
        Options.requireRange("--concurrency", jobs, 1, 64);
        Options.requireRange("--max-attempts", attempts, 1, 20);
        Options.requireRange("--max-segment-chars", maxSegmentChars, 200, 20_000);
        Options.requireRange("--temperature", temp, 0, 2);
        Options.requireRange("--rpm", rpm, 0, 1_000_000);
        Options.requireRange("--tpm", tpm, 0, 1_000_000_000);
        if (noCache && (refresh || cache != null)) {
            throw TarjamaException.usage("--no-cache cannot be combined with --refresh or --cache");
        }
        Path glossaryFile = glossary != null ? glossary
                : p.glossary() == null ? null : chosen.baseDir().resolve(p.glossary());
        TranslateSettings settings = new TranslateSettings(inputs, out, backend, model, baseUrl,
                sourceLanguage == null ? null : Options.languageTag("--source-lang", sourceLanguage),
                Options.languageTag("--target-lang", targetLanguage), jobs, prompts, attempts,
                Options.duration("--retry-delay", retryDelay),
                Options.duration("--timeout", timeout != null ? timeout : p.timeout() != null ? p.timeout() : "120s"),
                temp, maxSegmentChars, dryRun, cache, noCache, refresh, rpm, tpm, glossaryFile, !noGlossary, strict);
        try (Console console = new Console(verbosity, progressView())) {
            TranslateJob job = new TranslateJob(settings, env.variables(), env.workingDirectory(), env.stdin(),
                    env.clock(), console, env.cancellation(), config, chosen);
            if (dryRun) {
                new DryRunPrinter(env.out()).print(job.plan(), job.backend(), config.prices());
                return ExitCodes.OK;
            }
            return job.run();
        }
    }

    private static <T> T pick(T flag, T configured, T fallback) {
        return flag != null ? flag : configured != null ? configured : fallback;
    }

    private ProgressView progressView() {
        if (verbosity.quiet()) {
            return ProgressView.linesOnly(env.err());
        }
        if (!env.terminal().interactive()) {
            return new LogProgressView(env.err(), env.clock());
        }
        return new TerminalProgressView(new StatusLine(env.err()), env.terminal());
    }
}
