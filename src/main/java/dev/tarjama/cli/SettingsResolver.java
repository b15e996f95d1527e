package dev.tarjama.cli;

import dev.tarjama.TarjamaException;
import dev.tarjama.config.Config;
import dev.tarjama.config.Profile;
import dev.tarjama.glossary.GlossaryFile;
import dev.tarjama.glossary.GlossarySource;
import dev.tarjama.http.HttpClients;
import dev.tarjama.llm.BackendConfig;
import dev.tarjama.llm.RetryPolicy;
import dev.tarjama.local.InstalledModel;
import dev.tarjama.local.ModelStore;
import dev.tarjama.model.GlossaryEntry;
import dev.tarjama.pipeline.GlossaryMode;
import dev.tarjama.run.BackendProbe;
import dev.tarjama.run.BackendResolver;
import dev.tarjama.run.CacheLocation;
import dev.tarjama.run.ModelConnector;
import dev.tarjama.run.RunSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The one place a setting's value is decided: the flag, else the environment, else the project's config file,
 * else the user's, else the default. Every command that translates resolves its settings here.
 */
final class SettingsResolver {
    private final Environment env;
    private final Config config;
    private final Config.Resolved profile;
    private final Consumer<String> warnings;
    private final Consumer<String> details;

    /**
     * @param warnings told what the user should fix (a key in a world-readable file)
     * @param details  told what {@code -v} shows (which standing glossary applies)
     */
    SettingsResolver(Environment env, String profileName, Consumer<String> warnings, Consumer<String> details) {
        this.env = env;
        this.config = Config.load(env.variables(), env.workingDirectory());
        this.profile = config.profile(profileName);
        this.warnings = warnings;
        this.details = details;
    }

    Config config() {
        return config;
    }

    Config.Resolved profile() {
        return profile;
    }

    /** @throws TarjamaException with exit code 2 naming the option whose value is out of range */
    RunSettings settings(RunOptions options) {
        Profile p = profile.values();
        RunOptions.Control control = options.control;
        RunOptions.Translation translation = options.translation;
        int concurrency = first(control.concurrency, p.concurrency(), RunSettings.DEFAULT_CONCURRENCY);
        int attempts = first(control.maxAttempts, p.maxAttempts(), RetryPolicy.DEFAULT.maxAttempts());
        int rpm = first(control.requestsPerMinute, p.rpm(), 0);
        long tpm = first(control.tokensPerMinute, p.tpm(), 0L);
        int maxSegmentChars = first(translation.maxSegmentChars, null, RunSettings.DEFAULT_MAX_SEGMENT_CHARS);
        Options.requireRange("--concurrency", concurrency, 1, 64);
        Options.requireRange("--max-attempts", attempts, 1, 20);
        Options.requireRange("--max-segment-chars", maxSegmentChars, 200, 20_000);
        Options.requireRange("--rpm", rpm, 0, 1_000_000);
        Options.requireRange("--tpm", tpm, 0, 1_000_000_000);
        if (control.noCache && (control.refresh || control.cache != null)) {
            throw TarjamaException.usage("--no-cache cannot be combined with --refresh or --cache");
        }
        RetryPolicy retry = new RetryPolicy(
                attempts,
                Options.duration("--retry-delay", first(control.retryDelay, null, "1s")),
                RetryPolicy.DEFAULT.cap(),
                Options.duration("--max-wait", first(control.maxWait, null, "10m")));
        return RunSettings.builder()
                .targetLanguage(Options.languageTag("--target-lang", first(translation.targetLanguage, null, "en")))
                .sourceLanguage(
                        translation.sourceLanguage == null
                                ? null
                                : Options.languageTag("--source-lang", translation.sourceLanguage))
                .concurrency(concurrency)
                .retry(retry)
                .timeout(timeout(options))
                .maxSegmentChars(maxSegmentChars)
                .rateLimits(rpm, tpm)
                .cacheFile(
                        control.noCache
                                ? null
                                : control.cache != null
                                        ? env.workingDirectory().resolve(control.cache)
                                        : CacheLocation.defaultFile(env.variables()))
                .refresh(control.refresh)
                .glossary(
                        translation.noGlossary
                                ? GlossaryMode.OFF
                                : translation.glossaryPass ? GlossaryMode.PASS : GlossaryMode.FROM_ANSWERS)
                .batchTokens(batchTokens(translation.batchTokens))
                .contextTokens(contextTokens(translation.contextTokens))
                .review(
                        translation.review == null
                                ? dev.tarjama.pipeline.Review.OFF
                                : dev.tarjama.pipeline.Review.named(translation.review))
                .promptsDir(
                        translation.prompts == null
                                ? null
                                : env.workingDirectory().resolve(translation.prompts))
                .build();
    }

    /**
     * The backend the run talks to (for a dry run: would talk to).
     *
     * @param requireKey false for a dry run, which sends nothing
     */
    BackendConfig backend(RunOptions options, HttpClients http, boolean requireKey) {
        double temperature = first(options.backend.temperature, profile.values().temperature(), 0.2);
        Options.requireRange("--temperature", temperature, 0, 2);
        return resolver(http)
                .resolve(
                        options.backend.name,
                        options.backend.model,
                        options.backend.baseUrl,
                        timeout(options),
                        temperature,
                        requireKey);
    }

    /** How the run reaches {@code backend}: its provider's LangChain4j module, or the embedded engine's child process. */
    ModelConnector connector(BackendConfig backend) {
        InstalledModel local =
                ModelStore.forEnvironment(env.variables()).find(backend.model()).orElse(null);
        return ModelConnector.forBackend(backend, local);
    }

    BackendResolver resolver(HttpClients http) {
        return new BackendResolver(
                env.variables(),
                config,
                profile,
                new BackendProbe(http),
                ModelStore.forEnvironment(env.variables()),
                warnings);
    }

    /** The user's glossary (the flag's, else the profile's), then the standing glossaries of the article's source. */
    GlossarySource glossaries(RunOptions options) {
        Path flag = options.translation.glossary;
        Path file = flag != null
                ? env.workingDirectory().resolve(flag)
                : profile.values().glossary() == null
                        ? null
                        : profile.baseDir().resolve(profile.values().glossary());
        List<GlossaryEntry> user =
                file == null ? List.of() : GlossaryFile.read(file, flag != null ? flag.toString() : file.toString());
        return article -> {
            List<GlossaryEntry> all = new ArrayList<>(user);
            for (Path standing : config.glossariesFor(article.input(), env.workingDirectory())) {
                details.accept(article.input() + ": standing glossary " + standing);
                all.addAll(GlossaryFile.read(standing, standing.toString()));
            }
            return all;
        };
    }

    private Duration timeout(RunOptions options) {
        return Options.duration(
                "--timeout", first(options.backend.timeout, profile.values().timeout(), "120s"));
    }

    private static <T> T first(T flag, T configured, T fallback) {
        return flag != null ? flag : configured != null ? configured : fallback;
    }

    private static int contextTokens(Integer tokens) {
        if (tokens == null) {
            return RunSettings.DEFAULT_CONTEXT_TOKENS;
        }
        if (tokens < RunSettings.MIN_CONTEXT_TOKENS) {
            throw TarjamaException.usage(
                    "--context-tokens must be at least " + RunSettings.MIN_CONTEXT_TOKENS + ", was " + tokens);
        }
        return tokens;
    }

    private static int batchTokens(Integer tokens) {
        if (tokens == null) {
            return RunSettings.DEFAULT_BATCH_TOKENS;
        }
        if (tokens < 0) {
            throw TarjamaException.usage("--batch-tokens must be 0 (one paragraph per request) or more, was " + tokens);
        }
        return tokens;
    }
}
