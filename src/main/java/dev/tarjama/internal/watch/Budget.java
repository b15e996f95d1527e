package dev.tarjama.internal.watch;

import dev.tarjama.model.Spent;
import java.util.Locale;

/**
 * Limits a watch keeps to; each {@code null} when not set. When one is reached the cycle stops taking items (those
 * left wait for the next cycle, or the next day for the cost) and says which limit stopped it.
 *
 * @param maxItemsPerCycle    articles translated per cycle
 * @param maxRequestsPerCycle requests sent per cycle
 * @param maxCostPerDay       US dollars spent per UTC day, on every cycle of that day together
 */
public record Budget(Integer maxItemsPerCycle, Long maxRequestsPerCycle, Double maxCostPerDay) {
    public static final Budget NONE = new Budget(null, null, null);

    /** Which limit forbids taking another item, in words; {@code null} when none does. */
    String reached(int itemsThisCycle, Spent thisCycle, Spent today) {
        if (maxItemsPerCycle != null && itemsThisCycle >= maxItemsPerCycle) {
            return "max_items_per_cycle (" + maxItemsPerCycle + ") reached";
        }
        if (maxRequestsPerCycle != null && thisCycle.requests() >= maxRequestsPerCycle) {
            return "max_requests_per_cycle (" + maxRequestsPerCycle + ") reached";
        }
        if (maxCostPerDay != null && today.knownCost() >= maxCostPerDay) {
            return String.format(
                    Locale.ROOT,
                    "max_cost_per_day ($%.2f) reached: $%.4f spent today (UTC)",
                    maxCostPerDay,
                    today.knownCost());
        }
        return null;
    }
}
