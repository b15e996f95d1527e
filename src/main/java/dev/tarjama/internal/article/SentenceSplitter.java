package dev.tarjama.internal.article;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an over-long paragraph into segments of at most {@code maxChars}: whole sentences (ICU's rules for the source
 * language) where it can; a sentence longer than that at word boundaries; a "word" longer than that (a run of
 * letters with no space) at character boundaries, never inside a letter and its marks. Short paragraphs come back
 * whole.
 */
final class SentenceSplitter {
    private final int maxChars;

    SentenceSplitter(int maxChars) {
        if (maxChars < 100) {
            throw new IllegalArgumentException("maxChars must be at least 100, was " + maxChars);
        }
        this.maxChars = maxChars;
    }

    List<String> split(String paragraph, String language) {
        if (paragraph.length() <= maxChars) {
            return List.of(paragraph);
        }
        ULocale locale = new ULocale(language);
        List<String> pieces = new ArrayList<>();
        for (String sentence : cut(paragraph, BreakIterator.getSentenceInstance(locale))) {
            if (sentence.length() <= maxChars) {
                pieces.add(sentence);
                continue;
            }
            for (String word : cut(sentence, BreakIterator.getWordInstance(locale))) {
                if (word.length() <= maxChars) {
                    pieces.add(word);
                } else {
                    pieces.addAll(cut(word, BreakIterator.getCharacterInstance(locale)));
                }
            }
        }
        return pack(pieces);
    }

    /** Consecutive pieces put together while they fit. */
    private List<String> pack(List<String> pieces) {
        List<String> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String piece : pieces) {
            if (current.length() > 0 && current.length() + piece.length() > maxChars) {
                add(segments, current);
            }
            current.append(piece);
        }
        add(segments, current);
        return segments;
    }

    private static void add(List<String> segments, StringBuilder current) {
        String segment = current.toString().strip();
        if (!segment.isEmpty()) {
            segments.add(segment);
        }
        current.setLength(0);
    }

    private static List<String> cut(String text, BreakIterator boundaries) {
        boundaries.setText(text);
        List<String> parts = new ArrayList<>();
        int start = boundaries.first();
        for (int end = boundaries.next(); end != BreakIterator.DONE; start = end, end = boundaries.next()) {
            parts.add(text.substring(start, end));
        }
        return parts;
    }
}
