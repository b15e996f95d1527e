package dev.tarjama.internal.check;

import dev.tarjama.model.Flag;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Every number in the source appears in the translation, and the translation has no number the source lacks,
 * whatever the notation on either side: digits in any script, number words, ordinals, fractions, times, decades
 * and scale words ("157 مليار" is "157 billion").
 */
public final class NumbersCheck implements ParagraphCheck {
    private static final java.util.regex.Pattern RUNAWAY_DIGITS =
            java.util.regex.Pattern.compile("[\\d.,\\u0660-\\u066C\\u06F0-\\u06F9]{40,}+");
    private static final Set<String> ARABIC_SCRIPT = Set.of("ar", "fa", "ur", "ps", "ckb", "sd", "ug");

    @Override
    public String name() {
        return "numbers";
    }

    static List<NumberMention> numbers(String text, String language) {
        text = withoutRunawayDigits(text);
        String base = language.toLowerCase(Locale.ROOT).split("-")[0];
        if (ARABIC_SCRIPT.contains(base)) {
            return ArabicNumbers.find(text);
        }
        if (base.equals("en")) {
            return EnglishNumbers.find(text);
        }
        return DigitNumbers.find(DigitNumbers.asciiDigits(text));
    }

    /**
     * {@code text} with every run of 40 or more digits and separators blanked: no one writes a quantity that long, and
     * the number patterns need bounded runs to stay linear on hostile text.
     */
    static String withoutRunawayDigits(String text) {
        return RUNAWAY_DIGITS.matcher(text).replaceAll(" ");
    }

    /** "157" and "157 مليار" missing together are one fault: name the fuller mention only. */
    static void dropContained(Set<String> mentions) {
        mentions.removeIf(m -> mentions.stream().anyMatch(other -> !other.equals(m) && other.contains(m)));
    }

    @Override
    public boolean appliesTo(CheckInput input) {
        return numbers(input.source(), input.sourceLanguage()).stream().anyMatch(NumberMention::required)
                || numbers(input.translation(), input.targetLanguage()).stream().anyMatch(NumberMention::required);
    }

    @Override
    public List<Flag> check(CheckInput input) {
        List<NumberMention> source = numbers(input.source(), input.sourceLanguage());
        List<NumberMention> translation = numbers(input.translation(), input.targetLanguage());
        Set<String> missing = new LinkedHashSet<>();
        for (NumberMention s : source) {
            if (s.required() && translation.stream().noneMatch(s::shownBy)) {
                missing.add(s.text());
            }
        }
        Set<String> invented = new LinkedHashSet<>();
        for (NumberMention t : translation) {
            if (t.required() && source.stream().noneMatch(s -> s.accountsFor(t))) {
                invented.add(t.text());
            }
        }
        dropContained(missing);
        dropContained(invented);
        List<Flag> flags = new ArrayList<>();
        if (!missing.isEmpty()) {
            flags.add(new Flag(
                    name(),
                    String.join(", ", missing) + " in the source " + (missing.size() == 1 ? "is" : "are")
                            + " missing from the translation"));
        }
        if (!invented.isEmpty()) {
            flags.add(new Flag(
                    name(),
                    String.join(", ", invented) + " in the translation " + (invented.size() == 1 ? "is" : "are")
                            + " not in the source"));
        }
        return flags;
    }
}
