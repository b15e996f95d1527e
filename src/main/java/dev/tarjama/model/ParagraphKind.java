package dev.tarjama.model;

/** The role a paragraph plays in an article; renderers style each kind differently. */
public enum ParagraphKind {
    TITLE,
    HEADING,
    BODY;

    /** The lower-case name used in {@code article.json}. */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
