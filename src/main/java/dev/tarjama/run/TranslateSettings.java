package dev.tarjama.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What the user asked of one {@code translate} run, after flags were parsed; {@code null} means "not given".
 *
 * @param inputs          paths, URLs or {@code -}
 * @param outputRoot      where each article's directory goes
 * @param backend         provider name
 * @param model           model name
 * @param baseUrl         API base URL
 * @param sourceLanguage  source language, or {@code null} to detect it
 * @param targetLanguage  target language
 * @param concurrency     requests in flight at once
 * @param promptsDir      templates overriding the built-in ones
 * @param maxAttempts     attempts per request
 * @param retryDelay      ceiling of the first backoff wait
 * @param timeout         limit for one request
 * @param temperature     sampling temperature
 * @param maxSegmentChars longest piece of text sent in one request
 * @param dryRun          plan only, send nothing
 * @param cacheFile       the answer cache, or {@code null} for the default location
 * @param noCache         neither read nor write the cache
 * @param refresh         ignore cached answers (new ones are still stored)
 * @param requestsPerMinute limit on requests per minute, 0 for none
 * @param tokensPerMinute   limit on tokens per minute, 0 for none
 * @param glossaryFile      the user's glossary (CSV or TSV), or {@code null}
 * @param glossaryPass      ask the model for the article's glossary before translating
 * @param strict            any check's flag makes the run exit 1
 */
public record TranslateSettings(List<String> inputs, Path outputRoot, String backend, String model, String baseUrl,
                                String sourceLanguage, String targetLanguage, int concurrency, Path promptsDir,
                                int maxAttempts, Duration retryDelay, Duration timeout, double temperature,
                                int maxSegmentChars, boolean dryRun, Path cacheFile, boolean noCache, boolean refresh,
                                int requestsPerMinute, long tokensPerMinute, Path glossaryFile, boolean glossaryPass,
                                boolean strict) {
    public TranslateSettings {
        inputs = List.copyOf(inputs);
    }
}
