package dev.tarjama.model;

/** Whether a paragraph's translation arrived. */
public enum ParagraphStatus {
    OK,
    FAILED;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
