package dev.tarjama.internal.check;

import com.ibm.icu.lang.UScript;
import dev.tarjama.model.Flag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The translation is there, is not the source handed back, carries no untranslated source-script text outside
 * quotes and parentheses (where an original name may stand), and has a plausible length for its source's (see
 * {@link LengthScore}), so a paragraph missing its second half, or carrying much the source lacks, stands out where a
 * single short sentence could not.
 */
public final class CompletenessCheck implements ParagraphCheck {
    /** Quote and bracket pairs, where a translator may keep an original name. */
    private static final String[][] QUOTES = {{"«", "»"}, {"\"", "\""}, {"“", "”"}, {"(", ")"}, {"[", "]"}};

    @Override
    public String name() {
        return "completeness";
    }

    @Override
    public boolean appliesTo(CheckInput input) {
        return true;
    }

    @Override
    public List<Flag> check(CheckInput input) {
        List<Flag> flags = new ArrayList<>();
        String source = input.source().strip();
        String translation =
                input.translation() == null ? "" : input.translation().strip();
        if (translation.isEmpty()) {
            flags.add(new Flag(name(), "the translation is empty"));
            return flags;
        }
        if (translation.equals(source) && source.codePoints().anyMatch(Character::isLetter)) {
            flags.add(new Flag(name(), "the translation is the source text, untranslated"));
            return flags;
        }
        int sourceScript = dominantScript(source);
        int targetScript = dominantScript(translation);
        if (sourceScript != UScript.COMMON && sourceScript != UScript.LATIN && sourceScript != targetScript) {
            String outsideQuotes = outsideQuotes(translation);
            long residue = outsideQuotes
                    .codePoints()
                    .filter(cp -> Character.isLetter(cp) && UScript.getScript(cp) == sourceScript)
                    .count();
            if (residue > 0) {
                flags.add(new Flag(
                        name(),
                        residue + " letters of " + UScript.getName(sourceScript)
                                + " script left untranslated outside quotes"));
            }
        }
        int sourceChars = source.length();
        int targetChars = translation.length();
        double ratio = (double) targetChars / Math.max(1, sourceChars);
        if (LengthScore.tooShort(sourceChars, targetChars)) {
            flags.add(new Flag(
                    name(),
                    String.format(
                            java.util.Locale.ROOT,
                            "the translation is %.0f%% of the source's length, where about %.0f%% is usual: part"
                                    + " of it is probably missing",
                            ratio * 100,
                            LengthScore.RATIO * 100)));
        } else if (LengthScore.tooLong(sourceChars, targetChars)) {
            flags.add(new Flag(
                    name(),
                    String.format(
                            java.util.Locale.ROOT,
                            "the translation is %.0f%% of the source's length, where about %.0f%% is usual: it"
                                    + " probably adds text",
                            ratio * 100,
                            LengthScore.RATIO * 100)));
        }
        return flags;
    }

    /**
     * {@code text} with every quoted or bracketed span blanked, in linear time: once a closing mark is missing
     * after some point, no later opening mark of its kind is searched again.
     */
    static String outsideQuotes(String text) {
        StringBuilder out = new StringBuilder(text);
        for (String[] pair : QUOTES) {
            int from = 0;
            while (true) {
                int open = out.indexOf(pair[0], from);
                if (open < 0) {
                    break;
                }
                int close = out.indexOf(pair[1], open + pair[0].length());
                if (close < 0) {
                    break;
                }
                for (int i = open; i < close + pair[1].length(); i++) {
                    out.setCharAt(i, ' ');
                }
                from = close + pair[1].length();
            }
        }
        return out.toString();
    }

    static int dominantScript(String text) {
        Map<Integer, Integer> counts = new HashMap<>();
        text.codePoints()
                .filter(Character::isLetter)
                .forEach(cp -> counts.merge(UScript.getScript(cp), 1, Integer::sum));
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(UScript.COMMON);
    }
}
