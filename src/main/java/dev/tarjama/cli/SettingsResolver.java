package dev.tarjama.cli;

import dev.tarjama.Backend;
import dev.tarjama.ConfigurationException;
import dev.tarjama.GlossaryMode;
import dev.tarjama.Lexicon;
import dev.tarjama.Options;
import dev.tarjama.OptionsBuilder;
import dev.tarjama.ReviewMode;
import dev.tarjama.cli.process.Environment;
import dev.tarjama.internal.config.BackendProbe;
import dev.tarjama.internal.config.BackendResolver;
import dev.tarjama.internal.config.CacheLocation;
import dev.tarjama.internal.config.Config;
import dev.tarjama.internal.config.GlossaryFiles;
import dev.tarjama.internal.config.Profile;
import dev.tarjama.internal.http.HttpClients;
import dev.tarjama.internal.local.ModelStore;
import dev.tarjama.model.Article;
import dev.tarjama.model.GlossaryEntry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one place a setting's value is decided: the flag, else the environment, else the project's config file, else
 * the user's, else the default. Every command that translates fills its {@link Options} here, once.
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

    /** @throws ConfigurationException naming the option whose value is out of range */
    Options options(RunOptions run, InputOptions in, OutputOptions out) {
        Profile p = profile.values();
        RunOptions.Control control = run.control;
        RunOptions.Translation translation = run.translation;
        Options defaults = Options.defaults();
        int concurrency =
                first(control.concurrency, p.concurrency(), defaults.requests().concurrency());
        int attempts =
                first(control.maxAttempts, p.maxAttempts(), defaults.requests().maxAttempts());
        int rpm = first(control.requestsPerMinute, p.rpm(), 0);
        long tpm = first(control.tokensPerMinute, p.tpm(), 0L);
        int maxSegmentChars =
                first(translation.maxSegmentChars, null, defaults.reading().maxSegmentChars());
        double temperature = first(
                run.backend.temperature, p.temperature(), defaults.translation().temperature());
        OptionValues.requireRange("--concurrency", concurrency, 1, 64);
        OptionValues.requireRange("--max-attempts", attempts, 1, 20);
        OptionValues.requireRange("--max-segment-chars", maxSegmentChars, 200, 20_000);
        OptionValues.requireRange("--rpm", rpm, 0, 1_000_000);
        OptionValues.requireRange("--tpm", tpm, 0, 1_000_000_000);
        OptionValues.requireRange("--temperature", temperature, 0, 2);
        if (control.noCache && (control.refresh || control.cache != null)) {
            throw new ConfigurationException("--no-cache cannot be combined with --refresh or --cache");
        }
        OptionsBuilder options = Options.builder()
                .targetLanguage(
                        OptionValues.languageTag("--target-lang", first(translation.targetLanguage, null, "en")))
                .sourceLanguage(
                        translation.sourceLanguage == null
                                ? null
                                : OptionValues.languageTag("--source-lang", translation.sourceLanguage))
                .glossaryMode(
                        translation.noGlossary
                                ? GlossaryMode.OFF
                                : translation.glossaryPass ? GlossaryMode.PASS : GlossaryMode.FROM_ANSWERS)
                .review(translation.review == null ? ReviewMode.OFF : ReviewMode.named(translation.review))
                .batchTokens(batchTokens(translation.batchTokens))
                .plan(OptionValues.planGoal(first(translation.plan, p.plan(), "balanced")))
                .lexicon(lexicon(first(translation.lexicon, lexiconVariable(), p.lexicon())))
                .latency(OptionValues.latency(first(control.latency, p.latency(), null)))
                .contextTokens(contextTokens(translation.contextTokens))
                .prompts(
                        translation.prompts == null
                                ? null
                                : env.workingDirectory().resolve(translation.prompts))
                .temperature(temperature)
                .concurrency(concurrency)
                .maxAttempts(attempts)
                .retryDelay(OptionValues.duration("--retry-delay", first(control.retryDelay, null, "1s")))
                .maxWait(OptionValues.duration("--max-wait", first(control.maxWait, null, "10m")))
                .timeout(timeout(run))
                .rateLimits(rpm, tpm)
                .maxSegmentChars(maxSegmentChars)
                .cache(
                        control.noCache
                                ? null
                                : control.cache != null
                                        ? env.workingDirectory().resolve(control.cache)
                                        : CacheLocation.defaultFile(env.variables()))
                .refresh(control.refresh);
        in.applyTo(options);
        out.applyTo(options);
        return options.build();
    }

    /**
     * The backend the run talks to (for a dry run: would talk to).
     *
     * @param requireKey false for a dry run, which sends nothing
     */
    Backend backend(RunOptions run, boolean requireKey) {
        try (HttpClients probe = new HttpClients(1, Duration.ofSeconds(5))) {
            return resolver(probe).resolve(run.backend.name, run.backend.model, run.backend.baseUrl, requireKey);
        }
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
    Function<Article, List<GlossaryEntry>> glossaries(RunOptions run) {
        Path flag = run.translation.glossary;
        Path file = flag != null
                ? env.workingDirectory().resolve(flag)
                : profile.values().glossary() == null
                        ? null
                        : profile.baseDir().resolve(profile.values().glossary());
        List<GlossaryEntry> user =
                file == null ? List.of() : GlossaryFiles.read(file, flag != null ? flag.toString() : file.toString());
        return article -> {
            List<GlossaryEntry> all = new ArrayList<>(user);
            for (Path standing : config.glossariesFor(article.input(), env.workingDirectory())) {
                details.accept(article.input() + ": standing glossary " + standing);
                all.addAll(GlossaryFiles.read(standing, standing.toString()));
            }
            return all;
        };
    }

    private Duration timeout(RunOptions run) {
        return OptionValues.duration(
                "--timeout", first(run.backend.timeout, profile.values().timeout(), "120s"));
    }

    private static <T> T first(T flag, T configured, T fallback) {
        return flag != null ? flag : configured != null ? configured : fallback;
    }

    private static int contextTokens(Integer tokens) {
        if (tokens == null) {
            return Options.Translation.DEFAULT_CONTEXT_TOKENS;
        }
        if (tokens < Options.Translation.MIN_CONTEXT_TOKENS) {
            throw new ConfigurationException(
                    "--context-tokens must be at least " + Options.Translation.MIN_CONTEXT_TOKENS + ", was " + tokens);
        }
        return tokens;
    }

    private static int batchTokens(Integer tokens) {
        if (tokens == null) {
            return Options.Translation.DEFAULT_BATCH_TOKENS;
        }
        if (tokens < 0) {
            throw new ConfigurationException(
                    "--batch-tokens must be 0 (one paragraph per request) or more, was " + tokens);
        }
        return tokens;
    }

    /** The dictionary the environment or the profile names, for a command without a --lexicon flag. */
    Lexicon lexicon() {
        return lexicon(first(null, lexiconVariable(), profile().values().lexicon()));
    }

    /** {@code TARJAMA_LEXICON}, or {@code null} when it is unset or empty. */
    private String lexiconVariable() {
        String value = env.variables().get("TARJAMA_LEXICON");
        return value == null || value.isBlank() ? null : value;
    }

    /** The dictionary a flag, profile or environment names: off, a path, or Debian's when installed. */
    private Lexicon lexicon(String value) {
        if (value == null || value.isBlank()) {
            return Lexicon.installed();
        }
        if (value.equalsIgnoreCase("off")) {
            return Lexicon.OFF;
        }
        return Lexicon.at(env.workingDirectory().resolve(value));
    }
}
