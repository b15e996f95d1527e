package dev.tarjama.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A source paragraph with its translation and what the checks found.
 *
 * @param source      the source paragraph
 * @param translation the translation, or {@code null} when the paragraph failed
 * @param summary     the one-line summary, or {@code null} when the paragraph failed
 * @param status      ok or failed
 * @param error       why it failed, one line, or {@code null}
 * @param flags       what the checks found wrong with the translation that is kept; empty when it passed
 * @param rechecked   the first translation failed a check and was asked for again, with the reasons
 * @param editedAt    when a person replaced the model's translation with their own ({@code tarjama import}, the
 *                    review desk), or {@code null} for the model's text
 * @param modelText   the model's translation a person's text replaced, kept so that the edit can be reverted, or
 *                    {@code null}
 */
public record TranslatedParagraph(
        Paragraph source,
        String translation,
        String summary,
        ParagraphStatus status,
        String error,
        List<Flag> flags,
        boolean rechecked,
        Instant editedAt,
        String modelText) {
    public TranslatedParagraph {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        flags = List.copyOf(flags);
        if (status == ParagraphStatus.OK && translation == null) {
            throw new IllegalArgumentException("paragraph " + source.index() + " is ok but has no translation");
        }
    }

    /** A paragraph whose model text, if a person edited it, is not known. */
    public TranslatedParagraph(
            Paragraph source,
            String translation,
            String summary,
            ParagraphStatus status,
            String error,
            List<Flag> flags,
            boolean rechecked,
            Instant editedAt) {
        this(source, translation, summary, status, error, flags, rechecked, editedAt, null);
    }

    /** The model's translation (or its failure): no person has edited it. */
    public TranslatedParagraph(
            Paragraph source,
            String translation,
            String summary,
            ParagraphStatus status,
            String error,
            List<Flag> flags,
            boolean rechecked) {
        this(source, translation, summary, status, error, flags, rechecked, null);
    }

    public static TranslatedParagraph ok(Paragraph source, String translation, String summary) {
        return new TranslatedParagraph(source, translation, summary, ParagraphStatus.OK, null, List.of(), false);
    }

    public static TranslatedParagraph failed(Paragraph source, String error) {
        return new TranslatedParagraph(source, null, null, ParagraphStatus.FAILED, error, List.of(), false);
    }

    public TranslatedParagraph withChecks(List<Flag> flags, boolean rechecked) {
        return new TranslatedParagraph(
                source, translation, summary, status, error, flags, rechecked, editedAt, modelText);
    }

    /** A person's text in place of the model's: it answers for itself, so the checks' flags on the model's go. */
    public TranslatedParagraph editedBy(String text, Instant at) {
        String model = isEdited() ? modelText : translation;
        return new TranslatedParagraph(source, text, summary, ParagraphStatus.OK, null, List.of(), false, at, model);
    }

    /** Whether a person wrote this translation. */
    public boolean isEdited() {
        return editedAt != null;
    }

    public int index() {
        return source.index();
    }

    public boolean isOk() {
        return status == ParagraphStatus.OK;
    }

    public boolean isFlagged() {
        return !flags.isEmpty();
    }
}
