package dev.tarjama;

/**
 * What a model costs, in US dollars per million tokens, for the cost estimates.
 *
 * @param inputPerMillion       fresh input tokens
 * @param outputPerMillion      output tokens
 * @param cachedInputPerMillion input tokens the provider served from its prompt cache
 */
public record Price(double inputPerMillion, double outputPerMillion, double cachedInputPerMillion) {
    /** A price whose cached input costs what providers usually charge for it: a tenth of fresh input. */
    public Price(double inputPerMillion, double outputPerMillion) {
        this(inputPerMillion, outputPerMillion, inputPerMillion / 10);
    }

    /** The cost of a request that read {@code inputTokens} (none from a cache) and wrote {@code outputTokens}. */
    public double cost(long inputTokens, long outputTokens) {
        return cost(inputTokens, 0, outputTokens);
    }

    /** @param cachedInputTokens the part of {@code inputTokens} served from the prompt cache */
    public double cost(long inputTokens, long cachedInputTokens, long outputTokens) {
        long fresh = Math.max(0, inputTokens - cachedInputTokens);
        return (fresh * inputPerMillion + cachedInputTokens * cachedInputPerMillion + outputTokens * outputPerMillion)
                / 1_000_000.0;
    }
}
