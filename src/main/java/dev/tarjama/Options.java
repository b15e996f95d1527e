package dev.tarjama;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything a run of tarjama is told, in one immutable value with a default for every setting. The command line fills
 * it once from its flags, the environment, the profile and the configuration files; a program builds it with
 * {@link #builder()}. It comes in parts, one per concern, and each part of tarjama receives only its own: the pipeline
 * the {@link Translation}, the model-call chain the {@link Requests}, the readers of files and pages the
 * {@link Reading}, the answer cache the {@link Cache}, the writers the {@link Output}.
 *
 * <p>Adding a setting means a component in its part, a method on the {@link OptionsBuilder}, and the code that uses it.
 *
 * @param translation what is asked of the model, and how the article is split into requests
 * @param requests    how requests are sent: concurrency, retries, time limits, rate limits
 * @param reading     how articles are read: feeds, page fetches, segment length
 * @param cache       where answers already paid for are kept
 * @param output      which files are written for each article
 */
public record Options(Translation translation, Requests requests, Reading reading, Cache cache, Output output) {
    public Options {
        Objects.requireNonNull(translation, "translation");
        Objects.requireNonNull(requests, "requests");
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(output, "output");
    }

    /** Every setting at its default: English, the source language detected, 4 requests at a time, no cache. */
    public static Options defaults() {
        return builder().build();
    }

    /** A builder starting from the defaults. */
    public static OptionsBuilder builder() {
        return new OptionsBuilder(defaults);
    }

    /** A builder starting from these options, to change some of them. */
    public OptionsBuilder toBuilder() {
        return new OptionsBuilder(this);
    }

    private static final Options defaults = new Options(
            new Translation(
                    "en",
                    null,
                    GlossaryMode.FROM_ANSWERS,
                    ReviewMode.OFF,
                    Translation.DEFAULT_BATCH_TOKENS,
                    Translation.DEFAULT_CONTEXT_TOKENS,
                    null,
                    0.2,
                    PlanGoal.BALANCED,
                    Lexicon.installed()),
            new Requests(
                    4,
                    5,
                    Duration.ofSeconds(1),
                    Duration.ofMinutes(10),
                    Duration.ofSeconds(120),
                    0,
                    0,
                    Latency.DEFAULT),
            new Reading(10, 10L * 1024 * 1024, Duration.ofSeconds(60), false, 1500),
            new Cache(null, false),
            new Output(List.of("brief", "html", "md", "json"), Paper.A4, false));

    /**
     * What is asked of the model and how the article's paragraphs go into requests.
     *
     * @param targetLanguage BCP 47 code of the translation ("en")
     * @param sourceLanguage BCP 47 code of the articles' language, or {@code null} to detect it per article
     * @param glossary       where each article's agreed renderings come from, besides the user's own
     * @param review         which translated paragraphs a model reviews after the deterministic checks
     * @param batchTokens    source tokens of consecutive paragraphs asked together; 0 asks one paragraph per request
     * @param contextTokens  the most tokens a request carrying much of an article (the brief, the glossary pass) may
     *                       take; a longer article is taken in parts
     * @param prompts        a directory of templates overriding the built-in ones, or {@code null}
     * @param temperature    sampling temperature, from 0 to 2 (low: translation is not creative writing)
     * @param plan           what the planner weighs when it cuts paragraphs into batches of at most
     *                       {@code batchTokens}: time, cost, or both
     * @param lexicon        the dictionary the addition check reads, or {@link Lexicon#OFF}
     */
    public record Translation(
            String targetLanguage,
            String sourceLanguage,
            GlossaryMode glossary,
            ReviewMode review,
            int batchTokens,
            int contextTokens,
            Path prompts,
            double temperature,
            PlanGoal plan,
            Lexicon lexicon) {
        /** About one screen of Arabic news: the measured default (see the README's cost section). */
        public static final int DEFAULT_BATCH_TOKENS = 1500;
        /** Inside the context of every model people use for this, with room to spare on the 128k ones. */
        public static final int DEFAULT_CONTEXT_TOKENS = 32_000;
        /** Below this a brief could not hold its own instructions and answer. */
        public static final int MIN_CONTEXT_TOKENS = 4_000;

        public Translation {
            Objects.requireNonNull(targetLanguage, "targetLanguage");
            Objects.requireNonNull(glossary, "glossary");
            Objects.requireNonNull(review, "review");
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(lexicon, "lexicon");
            require(batchTokens >= 0, "batchTokens must be 0 (one paragraph per request) or more, was " + batchTokens);
            require(
                    contextTokens >= MIN_CONTEXT_TOKENS,
                    "contextTokens must be at least " + MIN_CONTEXT_TOKENS + ", was " + contextTokens);
            require(temperature >= 0 && temperature <= 2, "temperature must be between 0 and 2, was " + temperature);
        }
    }

    /**
     * How requests to the model are sent.
     *
     * @param concurrency       requests in flight at once, at most (fewer while the server answers 429)
     * @param maxAttempts       attempts per request after failures (5xx, timeouts, malformed answers)
     * @param retryDelay        the ceiling of the first backoff wait; it doubles per attempt, with full jitter
     * @param maxWait           how long one request may wait on a server that paces it (429 with a wait), without
     *                          counting attempts
     * @param latency           how long the model is expected to take to answer, for the planner and the dry run
     * @param timeout           the limit for one request
     * @param requestsPerMinute at most this many requests in any minute, across every article; 0 for no limit
     * @param tokensPerMinute   at most about this many tokens in any minute; 0 for no limit
     */
    public record Requests(
            int concurrency,
            int maxAttempts,
            Duration retryDelay,
            Duration maxWait,
            Duration timeout,
            int requestsPerMinute,
            long tokensPerMinute,
            Latency latency) {
        public Requests {
            Objects.requireNonNull(latency, "latency");
            Objects.requireNonNull(retryDelay, "retryDelay");
            Objects.requireNonNull(maxWait, "maxWait");
            Objects.requireNonNull(timeout, "timeout");
            require(concurrency >= 1, "concurrency must be at least 1, was " + concurrency);
            require(maxAttempts >= 1, "maxAttempts must be at least 1, was " + maxAttempts);
            require(!timeout.isNegative() && !timeout.isZero(), "timeout must be positive, was " + timeout);
            require(requestsPerMinute >= 0, "requestsPerMinute must be 0 (no limit) or more");
            require(tokensPerMinute >= 0, "tokensPerMinute must be 0 (no limit) or more");
        }
    }

    /**
     * How articles are read.
     *
     * @param feedItems           how many of a feed's newest items are read
     * @param maxPageBytes        the largest page or feed downloaded, counted after decompression
     * @param fetchTimeout        the limit for downloading one page or feed, redirects included
     * @param allowPrivateNetwork whether feed links and redirects may lead to loopback, private, link-local or
     *                            metadata addresses (an address given directly is always fetched)
     * @param maxSegmentChars     a paragraph longer than this is cut at sentence (else word) boundaries into
     *                            segments translated separately
     */
    public record Reading(
            int feedItems, long maxPageBytes, Duration fetchTimeout, boolean allowPrivateNetwork, int maxSegmentChars) {
        public Reading {
            Objects.requireNonNull(fetchTimeout, "fetchTimeout");
            require(feedItems >= 1, "feedItems must be at least 1, was " + feedItems);
            require(maxPageBytes >= 1024, "maxPageBytes must be at least 1024, was " + maxPageBytes);
            require(maxSegmentChars >= 200, "maxSegmentChars must be at least 200, was " + maxSegmentChars);
        }
    }

    /**
     * Where answers already paid for are kept.
     *
     * @param file    the SQLite answer cache (created if missing), or {@code null} for none
     * @param refresh ask again even for stored answers, and store the new ones
     */
    public record Cache(Path file, boolean refresh) {}

    /**
     * Which files are written for each article.
     *
     * @param formats format names: brief, html, md, json, pdf, english, txt, tmx, xliff
     * @param paper   the paper a PDF is laid out on
     * @param selfContained pages that carry their Arabic font (about 750 kB each) rather than linking the one copy
     *                      an output root keeps in {@code assets/}: for a page that must travel alone
     */
    public record Output(List<String> formats, Paper paper, boolean selfContained) {
        public Output {
            formats = List.copyOf(formats);
            Objects.requireNonNull(paper, "paper");
            require(!formats.isEmpty(), "formats: name at least one");
            formats = formats.stream()
                    .map(f -> f.strip().toLowerCase(Locale.ROOT))
                    .toList();
        }
    }

    static void require(boolean holds, String message) {
        if (!holds) {
            throw new ConfigurationException(message);
        }
    }
}
