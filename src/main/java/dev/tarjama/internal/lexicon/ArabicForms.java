package dev.tarjama.internal.lexicon;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.ar.ArabicStemmer;

/**
 * The forms under which a dictionary may list an Arabic word as written in running text. A written word carries its
 * clitics (and, the, with, his...) and its inflection; a dictionary lists the bare word, sometimes with the article.
 * Rather than guess one stem, every plausible reading is offered and the lexicon keeps those it knows: a wrong
 * reading rarely names a real headword, and a missed one costs a word left unexplained.
 */
final class ArabicForms {
    /** Conjunctions, then prepositions, then the future particle, that may be written onto a word. */
    private static final String[] CONJUNCTIONS = {"و", "ف"};

    private static final String[] PREPOSITIONS = {"ب", "ك", "ل", "س"};
    private static final String[] ARTICLES = {"ال", "ل"};
    /** Pronoun endings, longest first, then inflection endings (after normalisation ة is written ه). */
    private static final String[] PRONOUNS = {"هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ه", "ك", "ي"};

    private static final String[] INFLECTIONS = {"ات", "ون", "ين", "ان", "وا", "تم", "تن", "ت", "ه", "ي", "ا"};
    /** The imperfective's person prefixes. */
    private static final String[] IMPERFECTIVE = {"ي", "ت", "ن", "ا"};

    private static final int MIN_STEM = 2;

    private ArabicForms() {}

    /**
     * The word without diacritics or tatweel, alef, yaa and taa-marbuta variants unified (Lucene's Arabic
     * normaliser), anything but Arabic letters dropped.
     */
    static String normalise(String word) {
        char[] chars = word.toCharArray();
        int length = new ArabicNormalizer().normalize(chars, chars.length);
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c >= '\u0621' && c <= '\u064A') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The keys a dictionary headword is filed under: its normal form, and without the article. */
    static Set<String> headwordKeys(String normalised) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(normalised);
        if (normalised.startsWith("ال") && normalised.length() >= 2 + MIN_STEM + 1) {
            keys.add(normalised.substring(2));
        }
        return keys;
    }

    /** Every plausible bare form of a normalised running-text word, the word itself first. */
    static Set<String> readings(String word) {
        Set<String> readings = new LinkedHashSet<>();
        readings.add(word);
        for (String afterConjunction : strip(word, CONJUNCTIONS)) {
            for (String afterPreposition : strip(afterConjunction, PREPOSITIONS)) {
                for (String afterArticle : strip(afterPreposition, ARTICLES)) {
                    addSuffixReadings(afterArticle, readings);
                    for (String bare : strip(afterArticle, IMPERFECTIVE)) {
                        addSuffixReadings(bare, readings);
                    }
                }
            }
        }
        char[] chars = word.toCharArray();
        ArabicStemmer stemmer = new ArabicStemmer();
        int length = stemmer.stem(chars, chars.length);
        if (length >= MIN_STEM) {
            readings.add(new String(chars, 0, length));
        }
        return readings;
    }

    private static void addSuffixReadings(String stem, Set<String> readings) {
        if (stem.length() < MIN_STEM) {
            return;
        }
        readings.add(stem);
        for (String withoutPronoun : strip(stem, PRONOUNS, false)) {
            for (String bare : strip(withoutPronoun, INFLECTIONS, false)) {
                readings.add(bare);
                if (bare.length() < stem.length()) {
                    readings.add(bare + "ه"); // a feminine noun whose taa-marbuta became a plain taa before an ending
                }
            }
        }
    }

    /** {@code word} as it is, and without each of {@code prefixes} it starts with, keeping a stem of two letters. */
    private static Set<String> strip(String word, String[] affixes) {
        return strip(word, affixes, true);
    }

    private static Set<String> strip(String word, String[] affixes, boolean prefix) {
        Set<String> out = new LinkedHashSet<>();
        out.add(word);
        for (String affix : affixes) {
            if (word.length() - affix.length() < MIN_STEM) {
                continue;
            }
            if (prefix && word.startsWith(affix)) {
                out.add(word.substring(affix.length()));
            } else if (!prefix && word.endsWith(affix)) {
                out.add(word.substring(0, word.length() - affix.length()));
            }
        }
        return out;
    }
}
