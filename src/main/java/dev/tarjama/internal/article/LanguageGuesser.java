package dev.tarjama.internal.article;

import com.ibm.icu.lang.UScript;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses an article's language from its letters: the dominant script first, then the letters or common words
 * that tell apart the languages sharing that script (Arabic, Persian and Urdu; Russian and Ukrainian; a few
 * Latin-script languages). Good enough to label a news article; {@code --source-lang} overrides it.
 */
final class LanguageGuesser {
    static final String UNDETERMINED = "und";

    private static final Map<String, Set<String>> LATIN_STOPWORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "is", "in", "that", "was", "for", "with"),
            "fr", Set.of("le", "la", "les", "et", "des", "est", "une", "dans", "que", "pour"),
            "es", Set.of("el", "la", "los", "y", "que", "en", "del", "las", "por", "una"),
            "de", Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "ein", "den", "von"),
            "it", Set.of("il", "che", "di", "la", "per", "non", "una", "sono", "gli", "della"),
            "pt", Set.of("o", "que", "de", "não", "uma", "para", "com", "os", "do", "da"),
            "tr", Set.of("ve", "bir", "bu", "için", "ile", "da", "de", "çok", "olarak", "gibi"));

    String guess(String text) {
        Map<Integer, Integer> letters = new HashMap<>();
        text.codePoints()
                .filter(Character::isLetter)
                .forEach(cp -> letters.merge(UScript.getScript(cp), 1, Integer::sum));
        int script = letters.entrySet().stream()
                .filter(e -> e.getKey() != UScript.COMMON && e.getKey() != UScript.INHERITED)
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(UScript.UNKNOWN);
        return switch (script) {
            case UScript.ARABIC -> arabicScriptLanguage(text);
            case UScript.HEBREW -> "he";
            case UScript.CYRILLIC -> containsAny(text, "іїєґ") ? "uk" : "ru";
            case UScript.GREEK -> "el";
            case UScript.HAN ->
                letters.containsKey(UScript.HIRAGANA) || letters.containsKey(UScript.KATAKANA) ? "ja" : "zh";
            case UScript.HIRAGANA, UScript.KATAKANA -> "ja";
            case UScript.HANGUL -> "ko";
            case UScript.THAI -> "th";
            case UScript.DEVANAGARI -> "hi";
            case UScript.ARMENIAN -> "hy";
            case UScript.GEORGIAN -> "ka";
            case UScript.LATIN -> latinLanguage(text);
            default -> UNDETERMINED;
        };
    }

    /**
     * Whether {@code text} is written in the script of {@code language} at all: for a language written in its own
     * script (Arabic, Cyrillic, Han…), at least a fifth of the text's letters must be in it. A text decoded in the
     * wrong charset — Arabic read as Cyrillic or as Chinese — fails this, so it is refused before it is paid for.
     * Languages written in Latin letters, and those this does not know, always pass.
     */
    boolean scriptFits(String text, String language) {
        int[] scripts = UScript.getCode(com.ibm.icu.util.ULocale.forLanguageTag(language));
        if (scripts == null
                || scripts.length == 0
                || scripts[0] == UScript.LATIN
                || scripts[0] == UScript.INVALID_CODE) {
            return true;
        }
        long letters = text.codePoints().filter(Character::isLetter).count();
        if (letters == 0) {
            return true;
        }
        long inScript = text.codePoints()
                .filter(Character::isLetter)
                .filter(cp -> {
                    int script = UScript.getScript(cp);
                    for (int s : scripts) {
                        if (s == script
                                || s == UScript.HAN && (script == UScript.HIRAGANA || script == UScript.KATAKANA)) {
                            return true;
                        }
                    }
                    return false;
                })
                .count();
        return inScript * 5 >= letters;
    }

    private static String arabicScriptLanguage(String text) {
        long urdu = count(text, "ٹڈڑںےہ");
        long persian = count(text, "پچژگیک");
        long arabic = count(text, "يكةى");
        if (urdu > arabic && urdu >= persian / 2 && urdu > 0) {
            return "ur";
        }
        return persian > arabic ? "fa" : "ar";
    }

    private static String latinLanguage(String text) {
        Map<String, Integer> hits = new HashMap<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            LATIN_STOPWORDS.forEach((language, words) -> {
                if (words.contains(word)) {
                    hits.merge(language, 1, Integer::sum);
                }
            });
        }
        return hits.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(UNDETERMINED);
    }

    private static long count(String text, String letters) {
        return text.codePoints().filter(cp -> letters.indexOf(cp) >= 0).count();
    }

    private static boolean containsAny(String text, String letters) {
        return count(text.toLowerCase(Locale.ROOT), letters) > 0;
    }
}
