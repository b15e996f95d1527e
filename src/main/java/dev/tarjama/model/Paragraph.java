package dev.tarjama.model;

import java.util.List;
import java.util.Objects;

/**
 * One source paragraph. An over-long paragraph carries several {@code segments} (whole sentences) that are
 * translated separately and rendered as one paragraph; a short one has a single segment equal to its text.
 *
 * @param index    position in the article, from 0, in source order
 * @param kind     title, heading or body
 * @param text     the normalised paragraph text
 * @param segments the pieces sent to the model, in order, never empty
 */
public record Paragraph(int index, ParagraphKind kind, String text, List<String> segments) {
    public Paragraph {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        segments = List.copyOf(segments);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("paragraph " + index + " has no segments");
        }
    }

    public static Paragraph single(int index, ParagraphKind kind, String text) {
        return new Paragraph(index, kind, text, List.of(text));
    }
}
