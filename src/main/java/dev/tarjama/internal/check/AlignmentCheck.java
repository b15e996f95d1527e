package dev.tarjama.internal.check;

import dev.tarjama.model.Flag;
import dev.tarjama.model.Paragraph;
import dev.tarjama.model.TranslatedParagraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One translation per source paragraph, in order, every paragraph id accounted for, and no translation standing
 * beside two different source paragraphs (the mark of a shifted alignment).
 */
public final class AlignmentCheck {
    public static final String NAME = "alignment";

    private AlignmentCheck() {}

    /**
     * @return the paragraphs with alignment flags added where they apply
     * @throws IllegalStateException when the translations cannot be lined up with the sources at all
     */
    public static List<TranslatedParagraph> check(List<Paragraph> sources, List<TranslatedParagraph> translated) {
        if (translated.size() != sources.size()) {
            throw new IllegalStateException(translated.size() + " translations for " + sources.size() + " paragraphs");
        }
        Map<String, Integer> firstWithTranslation = new HashMap<>();
        List<TranslatedParagraph> result = new ArrayList<>(translated.size());
        for (int i = 0; i < translated.size(); i++) {
            TranslatedParagraph p = translated.get(i);
            if (p.index() != i || p.source() != sources.get(i)) {
                throw new IllegalStateException("translation at position " + i + " belongs to paragraph " + p.index());
            }
            List<Flag> flags = new ArrayList<>(p.flags());
            if (p.isOk() && p.translation().strip().length() > 20) {
                Integer earlier =
                        firstWithTranslation.putIfAbsent(p.translation().strip(), i);
                if (earlier != null
                        && !sources.get(earlier).text().equals(p.source().text())) {
                    flags.add(new Flag(NAME, "the same translation stands beside paragraph " + earlier));
                }
            }
            result.add(flags.size() == p.flags().size() ? p : p.withChecks(flags, p.rechecked()));
        }
        return result;
    }
}
