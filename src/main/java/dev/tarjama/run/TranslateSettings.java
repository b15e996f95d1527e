package dev.tarjama.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What the user asked of one {@code translate} run, after flags were parsed; {@code null} means "not given".
 */
public record TranslateSettings(List<String> inputs, Path outputRoot, String backend, String model, String baseUrl,
                                String sourceLanguage, String targetLanguage, int concurrency, Path promptsDir,
                                int maxAttempts, Duration retryDelay, Duration timeout, double temperature,
                                int maxSegmentChars, boolean dryRun) {
    public TranslateSettings {
        inputs = List.copyOf(inputs);
    }
}
