package dev.tarjama.model;

import java.util.Objects;

/**
 * A paragraph-sized piece of a document as an extractor found it, before it is normalised and over-long ones are cut.
 *
 * @param kind title, heading or body
 * @param text the text, whitespace folded
 */
public record TextBlock(ParagraphKind kind, String text) {
    public TextBlock {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
