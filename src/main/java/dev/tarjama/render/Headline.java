package dev.tarjama.render;

import dev.tarjama.model.Languages;
import dev.tarjama.model.ParagraphKind;
import dev.tarjama.model.TranslatedArticle;
import dev.tarjama.model.TranslatedParagraph;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The facts every rendering opens with: the English title and where the text came from. */
final class Headline {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private Headline() {}

    /** The translated title; else the brief's headline; else the input's name. Plain text, unescaped. */
    static String title(TranslatedArticle article) {
        for (TranslatedParagraph p : article.paragraphs()) {
            if (p.source().kind() == ParagraphKind.TITLE && p.isOk()) {
                return p.translation();
            }
        }
        if (article.brief() != null) {
            return article.brief().headline();
        }
        return article.article().input();
    }

    /** "Source: x (Arabic, windows-1256) · translated … · openai, model …". Plain text, unescaped. */
    static String provenance(TranslatedArticle article) {
        var source = article.article();
        return "Source: " + source.input()
                + " (" + languageName(source.language()) + ", " + source.charset() + ")"
                + " · translated " + WHEN.format(article.createdAt())
                + " into " + languageName(article.targetLanguage())
                + " · backend " + article.backend().provider() + ", model "
                + article.backend().model();
    }

    static String languageName(String code) {
        return Languages.englishName(code, code);
    }
}
