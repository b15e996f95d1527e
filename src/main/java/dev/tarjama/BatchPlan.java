package dev.tarjama;

import java.time.Duration;
import java.util.Locale;

/**
 * How an article's paragraphs are cut into requests, and why: the plan its {@link PlanGoal} chose, what it is expected
 * to cost and take, and the cheapest plan beside it. A run tells it with {@code -v}; {@code --dry-run} prints it.
 *
 * @param goal     what the plan weighs
 * @param slots    requests the article could have in flight at once when it was planned
 * @param latency  the model's speed the times assume
 * @param chosen   the plan taken
 * @param cheapest the plan with the fewest requests, for comparison
 * @param priced   whether the costs are in US dollars by the model's price (else in relative units)
 */
public record BatchPlan(PlanGoal goal, int slots, Latency latency, Expected chosen, Expected cheapest, boolean priced) {
    /**
     * What a plan's paragraph requests are expected to come to.
     *
     * @param cost in US dollars when the plan is {@link #priced()}, else in units of the same scale
     */
    public record Expected(int requests, long inputTokens, long outputTokens, Duration time, double cost) {}

    /**
     * "balanced plan: 3 requests, ~7.2 s, +8% cost (cheapest: 1 request, ~19.8 s); 8 at a time, 500 ms + 15 ms/token".
     */
    public String line() {
        StringBuilder line = new StringBuilder(goal.flagName())
                .append(" plan: ")
                .append(requests(chosen.requests()))
                .append(", ~")
                .append(seconds(chosen.time()));
        if (chosen.requests() != cheapest.requests()) {
            double extra = cheapest.cost() <= 0 ? 0 : chosen.cost() / cheapest.cost() - 1;
            line.append(String.format(Locale.ROOT, ", %+.0f%% cost (cheapest: ", extra * 100))
                    .append(requests(cheapest.requests()))
                    .append(", ~")
                    .append(seconds(cheapest.time()))
                    .append(')');
        }
        return line.append("; ")
                .append(slots)
                .append(" at a time, ")
                .append(latency)
                .toString();
    }

    private static String requests(int n) {
        return n + (n == 1 ? " request" : " requests");
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}
