package dev.tarjama.run;

import dev.tarjama.llm.RetryPolicy;
import dev.tarjama.pipeline.GlossaryMode;
import dev.tarjama.source.FetchPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What a run does, whoever asked (the command line after resolving flags, variables and config files, or a
 * program through {@link dev.tarjama.api.Tarjama}).
 *
 * @param targetLanguage  BCP 47 code of the translation
 * @param sourceLanguage  the source language, or {@code null} to detect it per article
 * @param concurrency     requests in flight at once, at most
 * @param retry           attempts and waits
 * @param timeout         limit for one request
 * @param maxSegmentChars longest piece of text sent in one request
 * @param requestsPerMinute limit on requests per minute, 0 for none
 * @param tokensPerMinute   limit on tokens per minute, 0 for none
 * @param cacheFile       the answer cache, or {@code null} for none
 * @param refresh         ask again even for cached answers (and store the new ones)
 * @param glossary        where each article's agreed renderings come from, besides the user's
 * @param promptsDir      templates overriding the built-in ones, or {@code null}
 * @param fetch           how pages and feeds are fetched: timeouts, redirects, size cap, private addresses
 * @param feedItems       how many of a feed's newest items are read
 * @param batchTokens     source tokens of paragraphs asked together in one request; 0 for one paragraph per request
 * @param review          which translated paragraphs a model reviews after the checks (off by default)
 * @param contextTokens   the most tokens a request that carries much of an article (the brief, the glossary pass)
 *                        may take; longer articles are taken in parts
 */
public record RunSettings(
        String targetLanguage,
        String sourceLanguage,
        int concurrency,
        RetryPolicy retry,
        Duration timeout,
        int maxSegmentChars,
        int requestsPerMinute,
        long tokensPerMinute,
        Path cacheFile,
        boolean refresh,
        GlossaryMode glossary,
        Path promptsDir,
        FetchPolicy fetch,
        int feedItems,
        int batchTokens,
        dev.tarjama.pipeline.Review review,
        int contextTokens) {
    public static final int DEFAULT_CONCURRENCY = 4;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
    public static final int DEFAULT_MAX_SEGMENT_CHARS = 1500;
    public static final int DEFAULT_FEED_ITEMS = 10;
    /** One paragraph per request until batching is the measured default (see the README's cost section). */
    public static final int DEFAULT_BATCH_TOKENS = 1500;
    /** Inside the context of every model people use for this, with room to spare on the 128k ones. */
    public static final int DEFAULT_CONTEXT_TOKENS = 32_000;
    /** Below this a brief could not hold its own instructions and answer. */
    public static final int MIN_CONTEXT_TOKENS = 4_000;

    public RunSettings {
        Objects.requireNonNull(targetLanguage, "targetLanguage");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(fetch, "fetch");
        Objects.requireNonNull(review, "review");
        if (feedItems < 1) {
            throw new IllegalArgumentException("feedItems must be at least 1, was " + feedItems);
        }
        if (batchTokens < 0) {
            throw new IllegalArgumentException("batchTokens must be 0 or more, was " + batchTokens);
        }
        if (contextTokens < MIN_CONTEXT_TOKENS) {
            throw new IllegalArgumentException(
                    "contextTokens must be at least " + MIN_CONTEXT_TOKENS + ", was " + contextTokens);
        }
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
        }
    }

    /** English, detected source language, 4 at a time, the default retries, no cache, with the glossary pass. */
    public static RunSettings defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** These settings, to change some. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.targetLanguage = targetLanguage;
        b.sourceLanguage = sourceLanguage;
        b.concurrency = concurrency;
        b.retry = retry;
        b.timeout = timeout;
        b.maxSegmentChars = maxSegmentChars;
        b.requestsPerMinute = requestsPerMinute;
        b.tokensPerMinute = tokensPerMinute;
        b.cacheFile = cacheFile;
        b.refresh = refresh;
        b.glossary = glossary;
        b.promptsDir = promptsDir;
        b.fetch = fetch;
        b.feedItems = feedItems;
        b.batchTokens = batchTokens;
        b.review = review;
        b.contextTokens = contextTokens;
        return b;
    }

    /** Settings one at a time; each starts at its default. */
    public static final class Builder {
        private String targetLanguage = "en";
        private String sourceLanguage;
        private int concurrency = DEFAULT_CONCURRENCY;
        private RetryPolicy retry = RetryPolicy.DEFAULT;
        private Duration timeout = DEFAULT_TIMEOUT;
        private int maxSegmentChars = DEFAULT_MAX_SEGMENT_CHARS;
        private int requestsPerMinute;
        private long tokensPerMinute;
        private Path cacheFile;
        private boolean refresh;
        private GlossaryMode glossary = GlossaryMode.FROM_ANSWERS;
        private Path promptsDir;
        private FetchPolicy fetch = FetchPolicy.defaults();
        private int feedItems = DEFAULT_FEED_ITEMS;
        private int batchTokens = DEFAULT_BATCH_TOKENS;
        private dev.tarjama.pipeline.Review review = dev.tarjama.pipeline.Review.OFF;
        private int contextTokens = DEFAULT_CONTEXT_TOKENS;

        private Builder() {}

        public Builder targetLanguage(String code) {
            this.targetLanguage = code;
            return this;
        }

        /** {@code null} to detect it per article. */
        public Builder sourceLanguage(String code) {
            this.sourceLanguage = code;
            return this;
        }

        public Builder concurrency(int requestsInFlight) {
            this.concurrency = requestsInFlight;
            return this;
        }

        public Builder retry(RetryPolicy retry) {
            this.retry = retry;
            return this;
        }

        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        public Builder maxSegmentChars(int chars) {
            this.maxSegmentChars = chars;
            return this;
        }

        public Builder rateLimits(int requestsPerMinute, long tokensPerMinute) {
            this.requestsPerMinute = requestsPerMinute;
            this.tokensPerMinute = tokensPerMinute;
            return this;
        }

        /** {@code null} for no cache. */
        public Builder cacheFile(Path file) {
            this.cacheFile = file;
            return this;
        }

        public Builder refresh(boolean refresh) {
            this.refresh = refresh;
            return this;
        }

        public Builder glossary(GlossaryMode mode) {
            this.glossary = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /** {@code null} for the built-in templates. */
        public Builder promptsDir(Path directory) {
            this.promptsDir = directory;
            return this;
        }

        public Builder fetch(FetchPolicy policy) {
            this.fetch = policy;
            return this;
        }

        public Builder feedItems(int newest) {
            this.feedItems = newest;
            return this;
        }

        /** Which translated paragraphs a model reviews after the deterministic checks. */
        public Builder review(dev.tarjama.pipeline.Review which) {
            this.review = which;
            return this;
        }

        /** Source tokens of paragraphs asked together in one request; 0 for one paragraph per request. */
        public Builder batchTokens(int tokens) {
            this.batchTokens = tokens;
            return this;
        }

        /** The most tokens a brief or glossary request may take; longer articles are taken in parts. */
        public Builder contextTokens(int tokens) {
            this.contextTokens = tokens;
            return this;
        }

        public RunSettings build() {
            return new RunSettings(
                    targetLanguage,
                    sourceLanguage,
                    concurrency,
                    retry,
                    timeout,
                    maxSegmentChars,
                    requestsPerMinute,
                    tokensPerMinute,
                    cacheFile,
                    refresh,
                    glossary,
                    promptsDir,
                    fetch,
                    feedItems,
                    batchTokens,
                    review,
                    contextTokens);
        }
    }
}
