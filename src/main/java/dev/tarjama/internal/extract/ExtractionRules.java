package dev.tarjama.internal.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The extractor's switchable decisions, each a rule that earns its place only if it helps on sites it was not tuned
 * on: the benchmark chooses among all of their combinations by cross-validation, a fold of sites at a time, and
 * {@link #STANDARD} is what every fold chose.
 *
 * @param layoutClasses  a class carried by the containers of most of the page's prose is layout, not chrome, even
 *                       when it says "widget" or "author" ({@link PageLayout#classes})
 * @param headlineBeside an element named as chrome is not the page when it stands beside the headline's own text,
 *                       however much prose it holds (a three-line post beside a sidebar)
 * @param tableRows      a table row reads as one line, rather than a block per cell
 * @param captions       a figure's caption is read with the article
 */
public record ExtractionRules(boolean layoutClasses, boolean headlineBeside, boolean tableRows, boolean captions) {
    /** The rules {@code tarjama extract} reads pages with. */
    public static final ExtractionRules STANDARD = new ExtractionRules(true, true, true, false);

    /** Every combination of the rules, {@link #STANDARD} first. */
    public static List<ExtractionRules> combinations() {
        List<ExtractionRules> all = new ArrayList<>();
        all.add(STANDARD);
        for (int bits = 0; bits < 16; bits++) {
            ExtractionRules rules =
                    new ExtractionRules((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0, (bits & 8) != 0);
            if (!rules.equals(STANDARD)) {
                all.add(rules);
            }
        }
        return all;
    }

    /** The one rule this combination flips from {@code other} ("layout", "rows"), or {@code null} when not one. */
    public String flipFrom(ExtractionRules other) {
        List<String> flipped = new ArrayList<>();
        if (layoutClasses != other.layoutClasses) {
            flipped.add("layout");
        }
        if (headlineBeside != other.headlineBeside) {
            flipped.add("beside");
        }
        if (tableRows != other.tableRows) {
            flipped.add("rows");
        }
        if (captions != other.captions) {
            flipped.add("captions");
        }
        return flipped.size() == 1 ? flipped.get(0) : null;
    }

    @Override
    public String toString() {
        return sign(layoutClasses) + "layout " + sign(headlineBeside) + "beside " + sign(tableRows) + "rows "
                + sign(captions) + "captions";
    }

    private static String sign(boolean on) {
        return on ? "+" : "-";
    }
}
