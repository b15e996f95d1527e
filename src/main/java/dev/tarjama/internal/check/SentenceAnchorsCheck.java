package dev.tarjama.internal.check;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.tarjama.model.Flag;
import dev.tarjama.model.GlossaryEntry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the source sentence a translation left out. Each sentence of the source is looked at for what must survive
 * any faithful translation — its figures, its Latin-script words (names, products, acronyms), addresses and
 * @handles, and the glossary's terms — and a sentence none of whose anchors shows in the translation is named, so an
 * editor goes straight to it ("sentence 3 of 4 — «…» — seems untranslated"). Sentences without anchors say nothing
 * either way; a paragraph of one sentence is the length bounds' business.
 */
public final class SentenceAnchorsCheck implements ParagraphCheck {
    private static final Pattern LATIN_WORD = Pattern.compile("\\b[A-Za-z][A-Za-z0-9'’.-]*[A-Za-z0-9]\\b");
    private static final Pattern ADDRESS = Pattern.compile("(?:https?://|www\\.)[^\\s]{1,200}+|@[A-Za-z0-9_]{2,30}+");
    private static final int QUOTE_CHARS = 48;

    @Override
    public String name() {
        return "omission";
    }

    @Override
    public boolean appliesTo(CheckInput input) {
        return input.translation() != null
                && sentences(input.source(), input.sourceLanguage()).size() >= 2;
    }

    @Override
    public List<Flag> check(CheckInput input) {
        if (!appliesTo(input)) {
            return List.of();
        }
        List<String> sentences = sentences(input.source(), input.sourceLanguage());
        List<NumberMention> translatedNumbers = NumbersCheck.numbers(input.translation(), input.targetLanguage());
        String translation = input.translation().toLowerCase(Locale.ROOT);
        List<Flag> flags = new ArrayList<>();
        int withAnchors = 0;
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = sentences.get(i);
            Set<String> anchors = new LinkedHashSet<>();
            boolean shown = false;
            for (NumberMention figure : NumbersCheck.numbers(sentence, input.sourceLanguage())) {
                if (figure.required()) {
                    anchors.add(figure.text());
                    shown |= translatedNumbers.stream().anyMatch(figure::shownBy);
                }
            }
            for (Pattern pattern : new Pattern[] {LATIN_WORD, ADDRESS}) {
                Matcher m = pattern.matcher(sentence);
                while (m.find()) {
                    anchors.add(m.group());
                    shown |= translation.contains(m.group().toLowerCase(Locale.ROOT));
                }
            }
            for (GlossaryEntry entry : input.glossary()) {
                if (sentence.contains(entry.source())) {
                    anchors.add(entry.source());
                    shown |= translation.contains(entry.target().toLowerCase(Locale.ROOT));
                }
            }
            if (anchors.isEmpty()) {
                continue;
            }
            NumbersCheck.dropContained(anchors); // "157" inside "157 مليار"
            withAnchors++;
            if (!shown) {
                missing.add("sentence " + (i + 1) + " of " + sentences.size() + " — «" + quote(sentence)
                        + "» — seems untranslated: none of " + String.join(", ", anchors) + " appears");
            }
        }
        // when every anchored sentence is missing, the translation is of something else: completeness says so
        if (!missing.isEmpty() && missing.size() < withAnchors) {
            missing.forEach(m -> flags.add(new Flag(name(), m)));
        }
        return flags;
    }

    static List<String> sentences(String text, String language) {
        BreakIterator breaks = BreakIterator.getSentenceInstance(new ULocale(language));
        breaks.setText(text);
        List<String> sentences = new ArrayList<>();
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String sentence = text.substring(start, end).strip();
            if (sentence.codePoints().filter(Character::isLetter).count() >= 3) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    private static String quote(String sentence) {
        return sentence.length() <= QUOTE_CHARS
                ? sentence
                : sentence.substring(0, QUOTE_CHARS).strip() + "…";
    }
}
