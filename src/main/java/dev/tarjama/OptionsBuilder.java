package dev.tarjama;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** {@link Options} one setting at a time, from a starting point ({@link Options#builder()}, {@link Options#toBuilder()}). */
public final class OptionsBuilder {
    private String targetLanguage;
    private String sourceLanguage;
    private GlossaryMode glossary;
    private ReviewMode review;
    private int batchTokens;
    private int contextTokens;
    private Path prompts;
    private double temperature;
    private PlanGoal plan;
    private Lexicon lexicon;
    private Latency latency;
    private int concurrency;
    private int maxAttempts;
    private Duration retryDelay;
    private Duration maxWait;
    private Duration timeout;
    private int requestsPerMinute;
    private long tokensPerMinute;
    private int feedItems;
    private long maxPageBytes;
    private Duration fetchTimeout;
    private boolean allowPrivateNetwork;
    private int maxSegmentChars;
    private Path cacheFile;
    private boolean refresh;
    private List<String> formats;
    private Paper paper;
    private boolean selfContained;

    OptionsBuilder(Options from) {
        Options.Translation t = from.translation();
        targetLanguage = t.targetLanguage();
        sourceLanguage = t.sourceLanguage();
        glossary = t.glossary();
        review = t.review();
        batchTokens = t.batchTokens();
        contextTokens = t.contextTokens();
        prompts = t.prompts();
        temperature = t.temperature();
        plan = t.plan();
        lexicon = t.lexicon();
        Options.Requests r = from.requests();
        concurrency = r.concurrency();
        maxAttempts = r.maxAttempts();
        retryDelay = r.retryDelay();
        maxWait = r.maxWait();
        timeout = r.timeout();
        requestsPerMinute = r.requestsPerMinute();
        tokensPerMinute = r.tokensPerMinute();
        latency = r.latency();
        Options.Reading g = from.reading();
        feedItems = g.feedItems();
        maxPageBytes = g.maxPageBytes();
        fetchTimeout = g.fetchTimeout();
        allowPrivateNetwork = g.allowPrivateNetwork();
        maxSegmentChars = g.maxSegmentChars();
        cacheFile = from.cache().file();
        refresh = from.cache().refresh();
        formats = from.output().formats();
        paper = from.output().paper();
        selfContained = from.output().selfContained();
    }

    /** See {@link Options.Translation#targetLanguage()}. */
    public OptionsBuilder targetLanguage(String code) {
        this.targetLanguage = code;
        return this;
    }

    /** See {@link Options.Translation#sourceLanguage()}; {@code null} to detect it. */
    public OptionsBuilder sourceLanguage(String code) {
        this.sourceLanguage = code;
        return this;
    }

    /** See {@link Options.Translation#glossary()}. */
    public OptionsBuilder glossaryMode(GlossaryMode mode) {
        this.glossary = mode;
        return this;
    }

    /** See {@link Options.Translation#review()}. */
    public OptionsBuilder review(ReviewMode which) {
        this.review = which;
        return this;
    }

    /** See {@link Options.Translation#batchTokens()}. */
    public OptionsBuilder batchTokens(int tokens) {
        this.batchTokens = tokens;
        return this;
    }

    /** See {@link Options.Translation#contextTokens()}. */
    public OptionsBuilder contextTokens(int tokens) {
        this.contextTokens = tokens;
        return this;
    }

    /** See {@link Options.Translation#prompts()}; {@code null} for the built-in templates. */
    public OptionsBuilder prompts(Path directory) {
        this.prompts = directory;
        return this;
    }

    /** See {@link Options.Translation#temperature()}. */
    public OptionsBuilder temperature(double temperature) {
        this.temperature = temperature;
        return this;
    }

    /** See {@link Options.Requests#concurrency()}. */
    public OptionsBuilder concurrency(int requestsInFlight) {
        this.concurrency = requestsInFlight;
        return this;
    }

    /** See {@link Options.Requests#maxAttempts()}. */
    public OptionsBuilder maxAttempts(int attempts) {
        this.maxAttempts = attempts;
        return this;
    }

    /** See {@link Options.Requests#retryDelay()}. */
    public OptionsBuilder retryDelay(Duration firstBackoffCeiling) {
        this.retryDelay = firstBackoffCeiling;
        return this;
    }

    /** See {@link Options.Requests#maxWait()}. */
    public OptionsBuilder maxWait(Duration wait) {
        this.maxWait = wait;
        return this;
    }

    /** See {@link Options.Requests#timeout()}. */
    public OptionsBuilder timeout(Duration timeout) {
        this.timeout = timeout;
        return this;
    }

    /** See {@link Options.Requests#requestsPerMinute()} and {@link Options.Requests#tokensPerMinute()}; 0 for no limit. */
    public OptionsBuilder rateLimits(int requestsPerMinute, long tokensPerMinute) {
        this.requestsPerMinute = requestsPerMinute;
        this.tokensPerMinute = tokensPerMinute;
        return this;
    }

    /** See {@link Options.Reading#feedItems()}. */
    public OptionsBuilder feedItems(int newest) {
        this.feedItems = newest;
        return this;
    }

    /** See {@link Options.Reading#maxPageBytes()}. */
    public OptionsBuilder maxPageBytes(long bytes) {
        this.maxPageBytes = bytes;
        return this;
    }

    /** See {@link Options.Reading#fetchTimeout()}. */
    public OptionsBuilder fetchTimeout(Duration timeout) {
        this.fetchTimeout = timeout;
        return this;
    }

    /** See {@link Options.Reading#allowPrivateNetwork()}. */
    public OptionsBuilder allowPrivateNetwork(boolean allowed) {
        this.allowPrivateNetwork = allowed;
        return this;
    }

    /** See {@link Options.Reading#maxSegmentChars()}. */
    public OptionsBuilder maxSegmentChars(int chars) {
        this.maxSegmentChars = chars;
        return this;
    }

    /** See {@link Options.Cache#file()}; {@code null} for no cache. */
    public OptionsBuilder cache(Path file) {
        this.cacheFile = file;
        return this;
    }

    /** See {@link Options.Cache#refresh()}. */
    public OptionsBuilder refresh(boolean refresh) {
        this.refresh = refresh;
        return this;
    }

    /** See {@link Options.Output#formats()}. */
    public OptionsBuilder formats(List<String> names) {
        this.formats = names;
        return this;
    }

    /** See {@link Options.Translation#plan()}. */
    public OptionsBuilder plan(PlanGoal plan) {
        this.plan = plan;
        return this;
    }

    /** See {@link Options.Translation#lexicon()}. */
    public OptionsBuilder lexicon(Lexicon lexicon) {
        this.lexicon = lexicon;
        return this;
    }

    /** See {@link Options.Requests#latency()}. */
    public OptionsBuilder latency(Latency latency) {
        this.latency = latency;
        return this;
    }

    /** See {@link Options.Output#selfContained()}. */
    public OptionsBuilder selfContained(boolean selfContained) {
        this.selfContained = selfContained;
        return this;
    }

    /** See {@link Options.Output#paper()}. */
    public OptionsBuilder paper(Paper paper) {
        this.paper = paper;
        return this;
    }

    /** @throws ConfigurationException naming the setting whose value is out of range */
    public Options build() {
        return new Options(
                new Options.Translation(
                        targetLanguage,
                        sourceLanguage,
                        glossary,
                        review,
                        batchTokens,
                        contextTokens,
                        prompts,
                        temperature,
                        plan,
                        lexicon),
                new Options.Requests(
                        concurrency,
                        maxAttempts,
                        retryDelay,
                        maxWait,
                        timeout,
                        requestsPerMinute,
                        tokensPerMinute,
                        latency),
                new Options.Reading(feedItems, maxPageBytes, fetchTimeout, allowPrivateNetwork, maxSegmentChars),
                new Options.Cache(cacheFile, refresh),
                new Options.Output(formats, paper, selfContained));
    }
}
