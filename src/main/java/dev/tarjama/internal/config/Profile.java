package dev.tarjama.internal.config;

/**
 * One named set of settings from a config file; {@code null} means "not set here".
 *
 * @param backend      provider name or {@code auto}
 * @param model        model name
 * @param baseUrl      API root
 * @param apiKey       the key as written: {@code env:VAR} (read from that variable) or the key itself
 * @param concurrency  requests in flight
 * @param rpm          requests per minute
 * @param tpm          tokens per minute
 * @param maxAttempts  attempts per request
 * @param timeout      limit for one request, e.g. {@code 90s}
 * @param temperature  sampling temperature
 * @param glossary     a standing glossary file (CSV or TSV), relative to the config file
 * @param output       the output root, relative to the working directory
 * @param plan         what the batch planner weighs: {@code balanced}, {@code cheapest}, {@code fastest}
 * @param latency      how fast the model answers, e.g. {@code 500ms+15ms} (first token + per output token)
 * @param lexicon      the addition check's dictionary (a directory or file, made absolute against the config file's
 *                     directory), or {@code off}
 */
public record Profile(
        String backend,
        String model,
        String baseUrl,
        String apiKey,
        Integer concurrency,
        Integer rpm,
        Long tpm,
        Integer maxAttempts,
        String timeout,
        Double temperature,
        String glossary,
        String output,
        String plan,
        String latency,
        String lexicon) {
    public static final Profile EMPTY =
            new Profile(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    /** This profile with every field it leaves unset taken from {@code lower}. */
    Profile over(Profile lower) {
        return new Profile(
                first(backend, lower.backend),
                first(model, lower.model),
                first(baseUrl, lower.baseUrl),
                first(apiKey, lower.apiKey),
                first(concurrency, lower.concurrency),
                first(rpm, lower.rpm),
                first(tpm, lower.tpm),
                first(maxAttempts, lower.maxAttempts),
                first(timeout, lower.timeout),
                first(temperature, lower.temperature),
                first(glossary, lower.glossary),
                first(output, lower.output),
                first(plan, lower.plan),
                first(latency, lower.latency),
                first(lexicon, lower.lexicon));
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }
}
