package dev.tarjama.internal.render;

import dev.tarjama.model.TranslatedParagraph;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The line under a translation a person wrote: who answers for the text, and since when. */
final class EditNote {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private EditNote() {}

    /** "✎ Edited by a person on 2026-11-29 (not the model's text; the checks do not judge it)". */
    static String of(TranslatedParagraph p) {
        return "✎ Edited by a person on " + DAY.format(p.editedAt())
                + " (not the model's text; the checks do not judge it)";
    }
}
