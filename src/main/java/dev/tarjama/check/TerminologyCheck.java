package dev.tarjama.check;

import dev.tarjama.model.GlossaryEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Every glossary term found in the source appears in the translation in its agreed rendering. */
public final class TerminologyCheck implements ParagraphCheck {
    private static final Pattern ARABIC_MARKS = Pattern.compile("[\\u064B-\\u065F\\u0670\\u0640]");

    @Override
    public String name() {
        return "terminology";
    }

    /** The entries whose source term occurs in {@code text} (diacritics and tatweel ignored). */
    public static List<GlossaryEntry> applicable(String text, List<GlossaryEntry> glossary) {
        String plain = plain(text);
        List<GlossaryEntry> found = new ArrayList<>();
        for (GlossaryEntry entry : glossary) {
            String term = plain(entry.source());
            if (!term.isBlank() && plain.contains(term)) {
                found.add(entry);
            }
        }
        return found;
    }

    private static String plain(String text) {
        return ARABIC_MARKS.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean appliesTo(CheckInput input) {
        return !applicable(input.source(), input.glossary()).isEmpty();
    }

    @Override
    public List<Flag> check(CheckInput input) {
        String translation = input.translation() == null ? "" : input.translation().replace('’', '\'');
        List<Flag> flags = new ArrayList<>();
        for (GlossaryEntry entry : applicable(input.source(), input.glossary())) {
            // whole words: "Sam Altmann" is not "Sam Altman"; "Altman's" is
            Pattern rendering = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(entry.target().replace('’', '\''))
                    + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            if (!rendering.matcher(translation).find()) {
                flags.add(new Flag(name(), "«" + entry.source() + "» should be rendered \"" + entry.target() + "\""));
            }
        }
        return flags;
    }
}
