package dev.tarjama.internal.lexicon;

import java.util.Locale;

/**
 * The consonants of a name, in classes that Arabic and English spellings of it share: "Layla" and "ليلى" both read
 * "ll", "Sami" and "سامي" "sm". Names are the words a dictionary does not list and a translation must carry; a
 * capitalised English word whose skeleton matches a source word's is explained by it.
 */
final class NameSkeleton {
    /** Shortest skeleton worth matching: a single consonant matches too many words. */
    static final int MIN_LENGTH = 2;

    private NameSkeleton() {}

    /** The skeleton of an Arabic word (normalised): long vowels, hamza, ayn and a medial h dropped. */
    static String ofArabic(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = arabicClass(word.charAt(i));
            if (c == 'h' && i > 0) {
                c = 0; // as English spelling drops a medial h: "Mohammed" and "محمد" both read "mmd"
            }
            if (c != 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The skeleton of an English word: digraphs and doubled letters to one consonant, vowels, h, w, y dropped. */
    static String ofEnglish(String word) {
        String w = word.toLowerCase(Locale.ROOT)
                .replace("sh", "s")
                .replace("th", "t")
                .replace("kh", "h")
                .replace("gh", "g")
                .replace("ph", "f")
                .replace("ch", "s")
                .replace("dh", "d")
                .replace("ck", "k")
                .replace("x", "ks");
        StringBuilder out = new StringBuilder(w.length());
        char previous = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = englishClass(w.charAt(i), i == 0);
            if (c != 0 && c != previous) {
                out.append(c); // a doubled letter is one consonant: Arabic writes it once, with a shadda
            }
            previous = c;
        }
        return out.toString();
    }

    private static char arabicClass(char c) {
        return switch (c) {
            case 'ب' -> 'b';
            case 'ت', 'ط', 'ث', 'ة' -> c == 'ة' ? 0 : 't';
            case 'ج' -> 'g';
            case 'ح', 'خ', 'ه' -> 'h';
            case 'د', 'ض', 'ذ' -> 'd';
            case 'ر' -> 'r';
            case 'ز', 'ظ' -> 'z';
            case 'س', 'ص', 'ش' -> 's';
            case 'غ' -> 'g';
            case 'ف' -> 'f';
            case 'ق', 'ك' -> 'k';
            case 'ل' -> 'l';
            case 'م' -> 'm';
            case 'ن' -> 'n';
            default -> 0; // ا و ي ى ء ع and anything else: vowels, glides and sounds English spelling drops
        };
    }

    private static char englishClass(char c, boolean first) {
        return switch (c) {
            case 'b', 'p' -> 'b';
            case 't' -> 't';
            case 'j', 'g' -> 'g';
            case 'h' -> first ? 'h' : 0;
            case 'd' -> 'd';
            case 'r' -> 'r';
            case 'z' -> 'z';
            case 's' -> 's';
            case 'f', 'v' -> 'f';
            case 'k', 'q', 'c' -> 'k';
            case 'l' -> 'l';
            case 'm' -> 'm';
            case 'n' -> 'n';
            default -> 0;
        };
    }
}
