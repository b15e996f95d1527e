package dev.tarjama.internal.check;

import dev.tarjama.model.GlossaryEntry;
import java.util.List;

/**
 * One source text and its translation, with what the checks need to know about them.
 *
 * @param source         the source text
 * @param translation    the translation
 * @param sourceLanguage BCP 47 code of the source
 * @param targetLanguage BCP 47 code of the translation
 * @param glossary       the agreed renderings for terms in this source
 */
public record CheckInput(
        String source, String translation, String sourceLanguage, String targetLanguage, List<GlossaryEntry> glossary) {
    public CheckInput {
        glossary = List.copyOf(glossary);
    }
}
