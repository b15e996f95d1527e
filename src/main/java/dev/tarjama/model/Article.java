package dev.tarjama.model;

import java.util.List;
import java.util.Objects;

/**
 * A segmented source article, ready to translate.
 *
 * @param input      what the user named: a path, a URL or {@code -}
 * @param title      the title text, or empty when none was recognised
 * @param language   BCP 47 code of the source language
 * @param charset    the charset the bytes were decoded with
 * @param paragraphs paragraphs in source order; indexes run 0..n-1
 */
public record Article(String input, String title, String language, String charset, List<Paragraph> paragraphs) {
    public Article {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(charset, "charset");
        paragraphs = List.copyOf(paragraphs);
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).index() != i) {
                throw new IllegalArgumentException("paragraph at position " + i + " has index " + paragraphs.get(i).index());
            }
        }
    }

    public int segmentCount() {
        return paragraphs.stream().mapToInt(p -> p.segments().size()).sum();
    }
}
