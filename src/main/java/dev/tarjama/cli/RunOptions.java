package dev.tarjama.cli;

import dev.tarjama.internal.config.WatchConfig;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * The options of every command that translates ({@code translate}, {@code watch}), in the sections of their help:
 * backend, translation, run control. Unset options are {@code null}: the config file or a default decides.
 */
public final class RunOptions {
    @ArgGroup(validate = false, heading = "%nBackend:%n", order = 20)
    Backend backend = new Backend();

    @ArgGroup(validate = false, heading = "%nTranslation:%n", order = 30)
    Translation translation = new Translation();

    @ArgGroup(validate = false, heading = "%nRun control:%n", order = 40)
    Control control = new Control();

    /** Which model answers, and how it is asked. */
    static final class Backend {
        @Option(
                names = "--backend",
                paramLabel = "NAME",
                completionCandidates = CompletionValues.BackendNames.class,
                order = 1,
                description =
                        "auto (default), openai (or any OpenAI-compatible server), anthropic, gemini, ollama, local.")
        String name;

        @Option(
                names = {"-m", "--model"},
                paramLabel = "NAME",
                order = 2,
                description = "Model name (each backend has a default; 'tarjama backends' shows it).")
        String model;

        @Option(
                names = "--base-url",
                paramLabel = "URL",
                order = 3,
                description =
                        "API base URL (default: the backend's variable, e.g. $OPENAI_BASE_URL, else its public API).")
        String baseUrl;

        @Option(
                names = "--profile",
                paramLabel = "NAME",
                order = 4,
                description = "A profile from ./tarjama.yaml or the user config file.")
        String profile;

        @Option(
                names = "--temperature",
                paramLabel = "T",
                order = 5,
                description = "Sampling temperature. Default: 0.2.")
        Double temperature;

        @Option(
                names = "--timeout",
                paramLabel = "DURATION",
                order = 6,
                description = "Limit for one request (e.g. 90s, 2m). Default: 120s.")
        String timeout;
    }

    /** What is translated and how. */
    static final class Translation {
        @Option(
                names = "--source-lang",
                paramLabel = "CODE",
                order = 1,
                description = "Source language (BCP 47); detected from the article's text when absent.")
        String sourceLanguage;

        @Option(
                names = "--target-lang",
                paramLabel = "CODE",
                order = 2,
                description = "Target language (BCP 47). Default: en.")
        String targetLanguage;

        @Option(
                names = "--glossary",
                paramLabel = "FILE",
                order = 3,
                description =
                        "Your agreed renderings, CSV or TSV: source term, rendering, optional note. They override "
                                + "and extend the glossary tarjama builds for each article.")
        Path glossary;

        @Option(
                names = "--no-glossary",
                order = 4,
                description = "Agree no renderings between paragraphs beyond --glossary: no terms are gathered from "
                        + "the answers and no paragraph is asked again to match them.")
        boolean noGlossary;

        @Option(
                names = "--glossary-pass",
                order = 4,
                description = "Before translating, ask for the article's names and terms in one request over the "
                        + "whole article (it costs the article's length again), and send each paragraph request the "
                        + "renderings it needs. By default the terms come back with the translations and are agreed "
                        + "afterwards.")
        boolean glossaryPass;

        @Option(
                names = "--review",
                paramLabel = "WHICH",
                completionCandidates = CompletionValues.ReviewNames.class,
                arity = "0..1",
                fallbackValue = "all",
                order = 4,
                description = "After the checks, have the model review the translations (MQM style: omissions, "
                        + "additions, mistranslations, terminology, fluency), one request per batch of paragraphs; "
                        + "its findings become flags marked as the model's judgement. --review flagged reviews only "
                        + "paragraphs a check flagged. Off by default.")
        String review;

        @Option(
                names = "--batch-tokens",
                paramLabel = "N",
                order = 4,
                description = "Ask for consecutive paragraphs together, up to N source tokens per request (each "
                        + "paragraph still cached and checked on its own; a bad answer is split and asked again). "
                        + "0 asks one paragraph per request. Default: 1500.")
        Integer batchTokens;

        @Option(
                names = "--plan",
                paramLabel = "GOAL",
                completionCandidates = CompletionValues.PlanNames.class,
                order = 4,
                description = "How paragraphs are cut into batches of at most --batch-tokens: balanced (the fastest "
                        + "plan costing at most 12%% more than the cheapest), cheapest (the fewest requests) or "
                        + "fastest (every free request slot used, whatever the cost). Default: balanced.")
        String plan;

        @Option(
                names = "--lexicon",
                paramLabel = "DIR|FILE|off",
                order = 4,
                description = "The Arabic–English dictionary of the addition check (a sentence no source word "
                        + "explains): a directory holding FreeDict's freedict-ara-eng.index and .dict.dz, or one of "
                        + "those files; off to switch the check off. Default: Debian's, in /usr/share/dictd, when "
                        + "installed (apt-get install dict-freedict-ara-eng); also TARJAMA_LEXICON.")
        String lexicon;

        @Option(
                names = "--context-tokens",
                paramLabel = "N",
                order = 4,
                description = "The most tokens the brief request (and the glossary pass) may carry; a longer article "
                        + "is briefed in parts and the brief written over them. Default: 32000; at least 4000.")
        Integer contextTokens;

        @Option(
                names = "--prompts",
                paramLabel = "DIR",
                order = 5,
                description = "Directory of prompt templates overriding the built-in ones.")
        Path prompts;

        @Option(
                names = "--max-segment-chars",
                paramLabel = "N",
                order = 6,
                description =
                        "Paragraphs longer than this are split at sentence (else word) boundaries. Default: 1500.")
        Integer maxSegmentChars;
    }

    /** How fast, how persistently, and with what memory. */
    static final class Control {
        @Option(
                names = {"-j", "--concurrency"},
                paramLabel = "N",
                order = 1,
                description = "Requests in flight at once (lowered while the server answers 429). Default: 4.")
        Integer concurrency;

        @Option(
                names = "--rpm",
                paramLabel = "N",
                order = 2,
                description = "At most N requests in any minute, across every article of the run. Default: no limit.")
        Integer requestsPerMinute;

        @Option(
                names = "--tpm",
                paramLabel = "N",
                order = 3,
                description = "At most about N tokens in any minute. Default: no limit.")
        Long tokensPerMinute;

        @Option(
                names = "--latency",
                paramLabel = "FIRST+PER_TOKEN",
                order = 3,
                description = "How fast the model answers, for the batch plan and --dry-run's time: the wait for "
                        + "the first token, then the time per output token, e.g. 300ms+8ms. Default: 500ms+15ms.")
        String latency;

        @Option(
                names = "--max-attempts",
                paramLabel = "N",
                order = 4,
                description = "Attempts per request after errors (5xx, timeouts, bad answers). Default: 5.")
        Integer maxAttempts;

        @Option(
                names = "--retry-delay",
                paramLabel = "DURATION",
                order = 5,
                description = "Ceiling of the first backoff wait; it doubles per attempt. Default: 1s.")
        String retryDelay;

        @Option(
                names = "--max-wait",
                paramLabel = "DURATION",
                order = 6,
                description = "How long one request may wait on a server that paces it (429 with Retry-After), "
                        + "without counting attempts. Default: 10m.")
        String maxWait;

        @Option(
                names = "--cache",
                paramLabel = "FILE",
                order = 7,
                description =
                        "The answer cache (SQLite). Default: $XDG_CACHE_HOME/tarjama/cache.db, else ~/.cache/tarjama/cache.db.")
        Path cache;

        @Option(names = "--no-cache", order = 8, description = "Neither read nor write the answer cache.")
        boolean noCache;

        @Option(
                names = "--refresh",
                order = 9,
                description = "Ask the model again even for cached answers (and store the new ones).")
        boolean refresh;
    }

    /**
     * These options with a source's own backend, profile, model, glossary and target language in place of the
     * command line's, where it names them.
     */
    RunOptions with(WatchConfig.Overrides o) {
        RunOptions copy = new RunOptions();
        copy.control = control;
        copy.backend = new Backend();
        copy.backend.name = o.backend() != null ? o.backend() : backend.name;
        copy.backend.model = o.model() != null ? o.model() : backend.model;
        copy.backend.baseUrl = o.backend() != null ? null : backend.baseUrl; // another backend: its own address
        copy.backend.profile = o.profile() != null ? o.profile() : backend.profile;
        copy.backend.temperature = backend.temperature;
        copy.backend.timeout = backend.timeout;
        copy.translation = new Translation();
        copy.translation.sourceLanguage = translation.sourceLanguage;
        copy.translation.targetLanguage = o.targetLanguage() != null ? o.targetLanguage() : translation.targetLanguage;
        copy.translation.glossary = o.glossary() != null ? Path.of(o.glossary()) : translation.glossary;
        copy.translation.noGlossary = translation.noGlossary;
        copy.translation.glossaryPass = translation.glossaryPass;
        copy.translation.review = translation.review;
        copy.translation.batchTokens = translation.batchTokens;
        copy.translation.plan = translation.plan;
        copy.translation.lexicon = translation.lexicon;
        copy.translation.contextTokens = translation.contextTokens;
        copy.translation.prompts = translation.prompts;
        copy.translation.maxSegmentChars = translation.maxSegmentChars;
        return copy;
    }
}
