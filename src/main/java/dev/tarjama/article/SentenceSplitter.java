package dev.tarjama.article;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an over-long paragraph into segments of whole sentences (ICU's sentence rules for the source language),
 * each at most {@code maxChars} long unless one sentence alone is longer. Short paragraphs come back whole.
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
        BreakIterator sentences = BreakIterator.getSentenceInstance(new ULocale(language));
        sentences.setText(paragraph);
        List<String> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int start = sentences.first();
        for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
            String sentence = paragraph.substring(start, end);
            if (current.length() > 0 && current.length() + sentence.length() > maxChars) {
                segments.add(current.toString().strip());
                current.setLength(0);
            }
            current.append(sentence);
        }
        if (!current.toString().isBlank()) {
            segments.add(current.toString().strip());
        }
        return segments;
    }
}
