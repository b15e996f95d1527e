package dev.tarjama.model;

import java.util.Objects;

/**
 * A source paragraph with its translation.
 *
 * @param source      the source paragraph
 * @param translation the translation, or {@code null} when the paragraph failed
 * @param summary     the one-line summary, or {@code null} when the paragraph failed
 * @param status      ok or failed
 * @param error       why it failed, one line, or {@code null}
 */
public record TranslatedParagraph(Paragraph source, String translation, String summary, ParagraphStatus status,
                                  String error) {
    public TranslatedParagraph {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        if (status == ParagraphStatus.OK && translation == null) {
            throw new IllegalArgumentException("paragraph " + source.index() + " is ok but has no translation");
        }
    }

    public static TranslatedParagraph ok(Paragraph source, String translation, String summary) {
        return new TranslatedParagraph(source, translation, summary, ParagraphStatus.OK, null);
    }

    public static TranslatedParagraph failed(Paragraph source, String error) {
        return new TranslatedParagraph(source, null, null, ParagraphStatus.FAILED, error);
    }

    public int index() {
        return source.index();
    }

    public boolean isOk() {
        return status == ParagraphStatus.OK;
    }
}
