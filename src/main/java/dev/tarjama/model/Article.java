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
 * @param source     where and when it was published, as far as known
 */
public record Article(
        String input, String title, String language, String charset, List<Paragraph> paragraphs, SourceInfo source) {
    public Article {
        source = source == null ? SourceInfo.NONE : source;
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(charset, "charset");
        paragraphs = List.copyOf(paragraphs);
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).index() != i) {
                throw new IllegalArgumentException("paragraph at position " + i + " has index "
                        + paragraphs.get(i).index());
            }
        }
    }

    public Article(String input, String title, String language, String charset, List<Paragraph> paragraphs) {
        this(input, title, language, charset, paragraphs, SourceInfo.NONE);
    }

    public int segmentCount() {
        return paragraphs.stream().mapToInt(p -> p.segments().size()).sum();
    }

    /** Every segment, in source order. */
    public List<Segment> segments() {
        List<Segment> all = new java.util.ArrayList<>(paragraphs.size());
        for (Paragraph p : paragraphs) {
            for (int i = 0; i < p.segments().size(); i++) {
                all.add(new Segment(
                        p.index(), i, p.segments().size(), p.segments().get(i)));
            }
        }
        return all;
    }

    /** The article's text, paragraphs separated by {@code separator}. */
    public String text(String separator) {
        return String.join(separator, paragraphs.stream().map(Paragraph::text).toList());
    }

    public Article withLanguage(String code) {
        return new Article(input, title, code, charset, paragraphs, source);
    }
}
