package dev.tarjama.model;

import java.util.Objects;

/**
 * One agreed rendering: a term as the source writes it and how the translation must render it.
 *
 * @param source the term in the source language, as it appears in the article
 * @param target its rendering in the target language
 * @param type   person, organization, place, product, term or other
 * @param note   why, or context for the translator; may be empty
 * @param origin where the entry came from: {@code article} (the glossary pass) or {@code user} (--glossary)
 */
public record GlossaryEntry(String source, String target, String type, String note, String origin) {
    public GlossaryEntry {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        type = type == null || type.isBlank() ? "other" : type;
        note = note == null ? "" : note;
        origin = origin == null ? "article" : origin;
    }
}
