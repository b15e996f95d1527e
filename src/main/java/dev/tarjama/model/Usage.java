package dev.tarjama.model;

/**
 * What a run cost and saved.
 *
 * @param requests     requests sent, retries included
 * @param retries      requests that repeated an earlier failed one
 * @param cacheHits    answers served from the cache instead of a request
 * @param inputTokens  input tokens the provider reported
 * @param outputTokens output tokens the provider reported
 * @param cachedInputTokens input tokens the provider served from its prompt cache (included in inputTokens)
 * @param paragraphInputTokens input tokens of the requests for paragraphs, re-asks included (in inputTokens)
 * @param costUsd      estimated cost in US dollars, or {@code null} when the model's price is unknown
 */
public record Usage(
        long requests,
        long retries,
        long cacheHits,
        long inputTokens,
        long outputTokens,
        long cachedInputTokens,
        long paragraphInputTokens,
        Double costUsd) {
    public static final Usage NONE = new Usage(0, 0, 0, 0, 0, 0, 0, 0.0);
}
