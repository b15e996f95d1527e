package dev.tarjama.model;

import java.util.Objects;

/**
 * The smallest piece of text sent to the model: a whole paragraph, or one part of an over-long paragraph cut at
 * sentence boundaries. Its answer is cached and checked on its own.
 *
 * @param paragraph the paragraph's index
 * @param part      which part of the paragraph, from 0
 * @param parts     how many parts the paragraph has
 * @param text      the text to translate
 */
public record Segment(int paragraph, int part, int parts, String text) {
    public Segment {
        Objects.requireNonNull(text, "text");
        if (part < 0 || part >= parts) {
            throw new IllegalArgumentException("part " + part + " of " + parts);
        }
    }

    /** "p7" for a whole paragraph, "p7.2" for its second part: how a request names it. */
    public String id() {
        return parts == 1 ? "p" + paragraph : "p" + paragraph + "." + (part + 1);
    }

    /** "paragraph 7", or "paragraph 7 (part 2/3)": how messages name it. */
    public String label() {
        return parts == 1
                ? "paragraph " + paragraph
                : "paragraph " + paragraph + " (part " + (part + 1) + "/" + parts + ")";
    }
}
