package dev.tarjama.internal.render;

import dev.tarjama.model.Flag;
import dev.tarjama.model.Languages;
import dev.tarjama.model.ParagraphKind;
import dev.tarjama.model.TranslatedArticle;
import dev.tarjama.model.TranslatedParagraph;

/**
 * One page: the brief, then source and translation side by side, one row per paragraph, anchored
 * {@code #p<id>}. Every block carries its language and direction — taken from the text itself for a translation,
 * so an echoed source still lays out right to left — and runs of the other direction inside a block are isolated.
 * On a phone the columns stack, and the page prints cleanly. Its Arabic face is the output root's shared copy, or
 * carried inside the page when it must travel alone ({@link PageFont}).
 */
final class BilingualHtmlRenderer extends TextFormat {
    @Override
    public String fileName() {
        return "bilingual.html";
    }

    @Override
    public boolean usesFont() {
        return true;
    }

    @Override
    String render(TranslatedArticle article) {
        return render(article, PageFont.EMBEDDED);
    }

    @Override
    String render(TranslatedArticle article, PageFont font) {
        String targetLang = article.targetLanguage();
        boolean targetRtl = rtl(targetLang);
        StringBuilder html = new StringBuilder(32_768);
        html.append("<!DOCTYPE html>\n<html lang=\"")
                .append(Text.html(targetLang))
                .append("\" dir=\"")
                .append(targetRtl ? "rtl" : "ltr")
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"tarjama\">\n")
                .append("<title>")
                .append(Text.html(Headline.title(article)))
                .append("</title>\n")
                .append("<style>\n")
                .append(font.fontFace())
                .append(HtmlStyle.CSS)
                .append("</style>\n</head>\n<body>\n");
        header(html, article);
        HtmlBrief.append(html, article);
        html.append("<main>\n");
        for (TranslatedParagraph p : article.paragraphs()) {
            row(html, article, p);
        }
        html.append("</main>\n");
        glossary(html, article);
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void header(StringBuilder html, TranslatedArticle article) {
        String title = Headline.title(article);
        String sourceLang = article.article().language();
        html.append("<header>\n<h1 dir=\"")
                .append(Bidi.mostlyRtl(title) ? "rtl" : "ltr")
                .append("\">")
                .append(Bidi.isolate(title, Bidi.mostlyRtl(title)))
                .append("</h1>\n");
        if (!article.article().title().isEmpty()) {
            html.append("<p class=\"original\" lang=\"")
                    .append(Text.html(sourceLang))
                    .append("\" dir=\"")
                    .append(Languages.direction(sourceLang))
                    .append("\">")
                    .append(Bidi.isolate(article.article().title(), rtl(sourceLang)))
                    .append("</p>\n");
        }
        String publication = Headline.publicationWithoutHeadline(article); // the line above shows the headline
        html.append("<p class=\"meta\">");
        if (!publication.isEmpty()) {
            html.append(Bidi.isolate(publication, false)).append("<br>");
        }
        String link = Headline.link(article);
        if (link != null) {
            html.append("<a href=\"")
                    .append(Text.html(link))
                    .append("\">")
                    .append(Text.html(link))
                    .append("</a><br>");
        }
        html.append(Bidi.isolate(Headline.provenance(article), false)).append("</p>\n");
        html.append("<nav class=\"links\"><a href=\"#brief\">Brief</a><a href=\"brief.md\">brief.md</a>")
                .append(article.glossary().isEmpty() ? "" : "<a href=\"#glossary\">Glossary</a>")
                .append("</nav>\n</header>\n");
    }

    private static void row(StringBuilder html, TranslatedArticle article, TranslatedParagraph p) {
        String sourceLang = article.article().language();
        boolean sourceRtl = rtl(sourceLang);
        html.append("<section class=\"row ")
                .append(p.source().kind().jsonName())
                .append(p.isFlagged() ? " flagged" : "")
                .append("\" id=\"p")
                .append(p.index())
                .append("\">\n");
        html.append("  <div class=\"cell source\" lang=\"")
                .append(Text.html(sourceLang))
                .append("\" dir=\"")
                .append(sourceRtl ? "rtl" : "ltr")
                .append("\">")
                .append(paragraph(p.source().text(), p.source().kind(), sourceRtl))
                .append("</div>\n");
        String anchor = "<a class=\"id\" href=\"#p" + p.index() + "\">¶" + p.index() + "</a>";
        if (p.isOk()) {
            // the translation's own letters decide its direction: a "translation" that echoes the source is Arabic
            boolean rtl = Bidi.mostlyRtl(p.translation());
            String lang = rtl == rtl(article.targetLanguage()) ? article.targetLanguage() : sourceLang;
            html.append("  <div class=\"cell translation\" lang=\"")
                    .append(Text.html(lang))
                    .append("\" dir=\"")
                    .append(rtl ? "rtl" : "ltr")
                    .append("\">")
                    .append(anchor)
                    .append(paragraph(p.translation(), p.source().kind(), rtl));
            if (p.summary() != null && !p.summary().isBlank()) {
                html.append("<p class=\"summary\" dir=\"auto\">")
                        .append(Bidi.isolate(p.summary(), false))
                        .append("</p>");
            }
            for (Flag flag : p.flags()) {
                html.append("<p class=\"check\" lang=\"en\" dir=\"ltr\">⚑ Check ")
                        .append(Bidi.isolate(flag.toString(), false))
                        .append("</p>");
            }
            if (p.isEdited()) {
                html.append("<p class=\"edited\" lang=\"en\" dir=\"ltr\">")
                        .append(Text.html(EditNote.of(p)))
                        .append("</p>");
            }
        } else {
            // the source stays in view where the translation would be, marked, so nothing silently disappears
            html.append("  <div class=\"cell translation failed\" lang=\"")
                    .append(Text.html(sourceLang))
                    .append("\" dir=\"")
                    .append(sourceRtl ? "rtl" : "ltr")
                    .append("\">")
                    .append(anchor)
                    .append("<span class=\"flag\" lang=\"en\" dir=\"ltr\">⚠ Not translated: ")
                    .append(Bidi.isolate(p.error(), false))
                    .append("</span>")
                    .append(paragraph(p.source().text(), p.source().kind(), sourceRtl));
        }
        html.append("</div>\n</section>\n");
    }

    /** The agreed renderings the paragraphs were translated with, for the editor checking a name. */
    private static void glossary(StringBuilder html, TranslatedArticle article) {
        if (article.glossary().isEmpty()) {
            return;
        }
        String sourceLang = article.article().language();
        html.append("<details class=\"glossary\" id=\"glossary\"><summary>Glossary (")
                .append(article.glossary().size())
                .append(" terms)</summary>\n<table>\n");
        for (var entry : article.glossary()) {
            html.append("<tr><td lang=\"")
                    .append(Text.html(sourceLang))
                    .append("\" dir=\"")
                    .append(Languages.direction(sourceLang))
                    .append("\">")
                    .append(Bidi.isolate(entry.source(), rtl(sourceLang)))
                    .append("</td><td>")
                    .append(Bidi.isolate(entry.target(), false))
                    .append("</td><td>")
                    .append(Text.html(entry.type()))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n</details>\n");
    }

    private static String paragraph(String text, ParagraphKind kind, boolean rtl) {
        String role = kind == ParagraphKind.BODY
                ? ""
                : " role=\"heading\" aria-level=\"" + (kind == ParagraphKind.TITLE ? 2 : 3) + "\"";
        return "<p" + role + ">" + Bidi.isolate(text, rtl) + "</p>";
    }

    private static boolean rtl(String language) {
        return Languages.direction(language).equals("rtl");
    }
}
