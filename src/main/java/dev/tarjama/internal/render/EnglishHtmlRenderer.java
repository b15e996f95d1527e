package dev.tarjama.internal.render;

import dev.tarjama.model.ParagraphKind;
import dev.tarjama.model.TranslatedArticle;
import dev.tarjama.model.TranslatedParagraph;

/**
 * {@code english.html}: the translation alone as a readable article page. Quoted Arabic inside the English keeps its
 * own order ({@code <bdi>}).
 */
final class EnglishHtmlRenderer extends TextFormat {
    private static final String CSS = """
            body { margin: 0 auto; max-width: 42rem; padding: 1.5rem; color: #1b1b1b;
                   font: 1.05rem/1.65 Georgia, "Times New Roman", serif; }
            h1 { font-size: 1.8rem; line-height: 1.25; margin: 0 0 .5rem; }
            h2 { font-size: 1.2rem; margin: 1.6rem 0 .4rem; }
            .meta, footer { color: #5f6368; font: .85rem/1.5 system-ui, sans-serif; }
            .missing { color: #a23b00; font-style: italic; }
            footer { border-top: 1px solid #e2e2e2; margin-top: 2rem; padding-top: .8rem; }
            bdi, .original[dir="rtl"] { font-family: "Amiri", "Noto Naskh Arabic", serif; }
            .original { color: #5f6368; font-size: 1.1rem; margin: 0 0 .4rem; }
            """;

    @Override
    public String fileName() {
        return "english.html";
    }

    @Override
    public boolean usesFont() {
        return true;
    }

    @Override
    String render(TranslatedArticle article) {
        return render(article, PageFont.EMBEDDED);
    }

    /**
     * The page links the output root's shared Arabic face for the quoted Arabic it may carry; a page that travels
     * alone does without it (a few quoted words do not warrant 750 kB) and falls back to the reader's fonts.
     */
    @Override
    String render(TranslatedArticle article, PageFont font) {
        String title = Headline.title(article);
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"")
                .append(Text.html(article.targetLanguage()))
                .append("\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"tarjama\">\n<title>")
                .append(Text.html(title))
                .append("</title>\n<style>\n")
                .append(font.embedded() ? "" : font.fontFace())
                .append(CSS)
                .append("</style>\n</head>\n<body>\n<article>\n<h1>")
                .append(Bidi.isolate(title, false))
                .append("</h1>\n");
        String original = article.article().title();
        if (!original.isEmpty()) {
            String language = article.article().language();
            html.append("<p class=\"original\" lang=\"")
                    .append(Text.html(language))
                    .append("\" dir=\"")
                    .append(dev.tarjama.model.Languages.direction(language))
                    .append("\">")
                    .append(Bidi.isolate(
                            original,
                            dev.tarjama.model.Languages.direction(language).equals("rtl")))
                    .append("</p>\n");
        }
        String publication = Headline.publicationWithoutHeadline(article);
        String link = Headline.link(article);
        if (!publication.isEmpty() || link != null) {
            html.append("<p class=\"meta\">").append(Bidi.isolate(publication, false));
            if (link != null) {
                html.append(publication.isEmpty() ? "" : "<br>")
                        .append("<a href=\"")
                        .append(Text.html(link))
                        .append("\">")
                        .append(Text.html(link))
                        .append("</a>");
            }
            html.append("</p>\n");
        }
        for (TranslatedParagraph p : EnglishText.body(article)) {
            if (!p.isOk()) {
                html.append("<p class=\"missing\">")
                        .append(Bidi.isolate(EnglishText.missing(p), false))
                        .append("</p>\n");
            } else if (p.source().kind() == ParagraphKind.BODY) {
                html.append("<p>").append(Bidi.isolate(p.translation(), false)).append("</p>\n");
            } else {
                html.append("<h2>").append(Bidi.isolate(p.translation(), false)).append("</h2>\n");
            }
        }
        html.append("</article>\n<footer>");
        String flagged = EnglishText.flaggedNote(article);
        if (!flagged.isEmpty()) {
            html.append("<p>").append(Text.html(flagged)).append("</p>");
        }
        html.append("<p>")
                .append(Bidi.isolate(Headline.provenance(article), false))
                .append("</p></footer>\n</body>\n</html>\n");
        return html.toString();
    }
}
