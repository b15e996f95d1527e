package dev.tarjama.internal.check;

import java.util.Set;

/**
 * A number as written in a text: the values it may stand for (an ambiguous "100.000" is both 100 and 100000;
 * "157 مليار" is 157 and 157×10⁹; "8:30" is 8, 30 and 8.5), and whether its absence from the other side is a fault.
 *
 * @param text     the words or digits as found, for messages
 * @param values   every value the mention may mean, never empty
 * @param loose    values it may stand for partially: the count of a scaled number ("120" in "120 million"),
 *                 which answers for a number written beside its scale word but never satisfies the mention itself
 * @param required true when the other side must show it: digits, and number words of three and up
 */
record NumberMention(String text, Set<Double> values, Set<Double> loose, boolean required) {
    NumberMention(String text, Set<Double> values, boolean required) {
        this(text, values, Set.of(), required);
    }

    /** True when {@code other} shows this number: one of its values is one of ours. */
    boolean shownBy(NumberMention other) {
        return intersects(values, other.values);
    }

    /** True when this mention accounts for {@code other}, counting the partial readings too. */
    boolean accountsFor(NumberMention other) {
        return intersects(other.values, values) || intersects(other.values, loose);
    }

    private static boolean intersects(Set<Double> a, Set<Double> b) {
        for (Double v : a) {
            for (Double w : b) {
                if (Math.abs(v - w) <= 1e-9 * Math.max(1, Math.abs(v))) {
                    return true;
                }
            }
        }
        return false;
    }
}
