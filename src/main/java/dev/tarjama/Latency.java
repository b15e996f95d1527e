package dev.tarjama;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * How long a model takes to answer: a wait before its first token, then a time per token it writes. A model generates
 * at a rate, so one long answer takes longer than several short ones side by side; the planner weighs batch sizes by
 * this, and {@code --dry-run} states the time it expects.
 *
 * @param firstToken     the time to the first token of an answer (network, queue, reading the prompt)
 * @param perOutputToken the time for each token written after it
 */
public record Latency(Duration firstToken, Duration perOutputToken) {
    /** A hosted model of the gpt-4.1-mini class: half a second to the first token, then some 65 tokens a second. */
    public static final Latency DEFAULT = new Latency(Duration.ofMillis(500), Duration.ofMillis(15));

    public Latency {
        Objects.requireNonNull(firstToken, "firstToken");
        Objects.requireNonNull(perOutputToken, "perOutputToken");
        if (firstToken.isNegative() || perOutputToken.isNegative()) {
            throw new ConfigurationException("latency: the times must not be negative");
        }
    }

    /** How long an answer of {@code outputTokens} takes. */
    public Duration of(long outputTokens) {
        return firstToken.plus(perOutputToken.multipliedBy(Math.max(0, outputTokens)));
    }

    /**
     * How long answers of these lengths take when sent in this order, {@code slots} at a time, each as soon as a slot
     * is free: the time the last one ends.
     */
    public Duration ofAll(List<Long> outputTokens, int slots) {
        PriorityQueue<Duration> free = new PriorityQueue<>();
        for (int i = 0; i < Math.max(1, slots); i++) {
            free.add(Duration.ZERO);
        }
        Duration end = Duration.ZERO;
        for (long tokens : outputTokens) {
            Duration done = free.poll().plus(of(tokens));
            free.add(done);
            end = done.compareTo(end) > 0 ? done : end;
        }
        return end;
    }

    /** "500 ms + 15 ms/token": the first token, then each token of the answer. */
    @Override
    public String toString() {
        return firstToken.toMillis() + " ms + " + perOutputToken.toMillis() + " ms/token";
    }
}
