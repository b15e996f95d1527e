package dev.tarjama.internal.render;

import dev.tarjama.model.ParagraphKind;
import dev.tarjama.model.TranslatedArticle;
import dev.tarjama.model.TranslatedParagraph;
import java.util.List;

/** What the translation-only article is made of: its body paragraphs (the title is its headline) and its byline. */
final class EnglishText {
    private EnglishText() {}

    /** Every paragraph but the title, which the renderings show as their headline. */
    static List<TranslatedParagraph> body(TranslatedArticle article) {
        boolean titleShown =
                article.paragraphs().stream().anyMatch(p -> p.source().kind() == ParagraphKind.TITLE && p.isOk());
        return article.paragraphs().stream()
                .filter(p -> !(titleShown && p.source().kind() == ParagraphKind.TITLE))
                .toList();
    }

    /** Where a paragraph could not be translated, in the reader's words. */
    static String missing(TranslatedParagraph p) {
        return "[Paragraph " + p.index() + " could not be translated: " + p.error()
                + ". bilingual.html shows the source.]";
    }

    /** "Paragraphs 3 and 7 were flagged by the checks; bilingual.html marks them." or empty. */
    static String flaggedNote(TranslatedArticle article) {
        List<String> ids = article.paragraphs().stream()
                .filter(TranslatedParagraph::isFlagged)
                .map(p -> "¶" + p.index())
                .toList();
        if (ids.isEmpty()) {
            return "";
        }
        return "The checks flagged " + String.join(", ", ids) + " for a second look; bilingual.html marks "
                + (ids.size() == 1 ? "it" : "them") + " beside the source.";
    }
}
