package dev.tarjama.model;

/**
 * What some work cost: requests sent, tokens (input and output) and dollars.
 *
 * @param costUsd {@code null} when a price was unknown
 */
public record Spent(long requests, long tokens, Double costUsd) {
    public static final Spent NONE = new Spent(0, 0, 0.0);

    public static Spent of(Usage usage) {
        return new Spent(usage.requests(), usage.inputTokens() + usage.outputTokens(), usage.costUsd());
    }

    public Spent plus(Spent other) {
        return new Spent(requests + other.requests, tokens + other.tokens, add(costUsd, other.costUsd));
    }

    /** What was spent between {@code before} and this total. */
    public Spent since(Spent before) {
        return new Spent(
                requests - before.requests,
                tokens - before.tokens,
                costUsd == null || before.costUsd == null ? null : Math.max(0, costUsd - before.costUsd));
    }

    /** The cost, counting an unknown price as nothing. */
    public double knownCost() {
        return costUsd == null ? 0 : costUsd;
    }

    private static Double add(Double a, Double b) {
        return a == null || b == null ? null : a + b;
    }
}
