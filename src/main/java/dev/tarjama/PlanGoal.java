package dev.tarjama;

import java.util.Locale;

/**
 * What the planner weighs when it cuts an article's paragraphs into requests. Fewer, larger requests repeat the
 * instructions less often and cost less; more, smaller ones use the free request slots and end sooner, because a model
 * writes a long answer one token after another.
 */
public enum PlanGoal {
    /** The fastest plan whose expected cost is within 12% of the cheapest one's (the default). */
    BALANCED,
    /** The fewest requests: batches as large as {@code --batch-tokens} allows, whatever the time. */
    CHEAPEST,
    /** The fastest plan, whatever the cost. */
    FASTEST;

    /** How much more than the cheapest plan a balanced plan may cost. */
    public static final double BALANCED_ALLOWANCE = 0.12;

    /** The goal as {@code --plan} names it: {@code balanced}, {@code cheapest}, {@code fastest}. */
    public String flagName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
