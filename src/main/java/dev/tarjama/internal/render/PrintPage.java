package dev.tarjama.internal.render;

import dev.tarjama.Paper;
import dev.tarjama.model.Brief;
import dev.tarjama.model.Flag;
import dev.tarjama.model.Languages;
import dev.tarjama.model.TranslatedArticle;
import dev.tarjama.model.TranslatedParagraph;
import java.util.List;

/**
 * The bilingual document as a page for print: the brief, then one table row per paragraph, source and translation
 * side by side. Written for a paged-media layout engine (CSS 2.1 with {@code @page}), so it uses a table rather than
 * a grid, names its page furniture (running headline, page numbers) in CSS, and keeps every row on one page. Both
 * columns are set in the embedded Arabic font, sized so the two scripts look the same size on paper.
 */
final class PrintPage {
    private PrintPage() {}

    static String html(TranslatedArticle article, Paper paper) {
        String title = Headline.title(article);
        StringBuilder html = new StringBuilder(65_536);
        html.append("<!DOCTYPE html>\n<html lang=\"")
                .append(Text.html(article.targetLanguage()))
                .append("\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>")
                .append(Text.html(title))
                .append("</title>\n<meta name=\"generator\" content=\"tarjama\"/>\n<style>\n")
                .append(css(paper))
                .append("</style>\n</head>\n<body>\n");
        html.append("<div id=\"running\">").append(direction(title)).append("</div>\n");
        header(html, article, title);
        brief(html, article);
        rows(html, article);
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static String css(Paper paper) {
        return "@page { size: " + paper.cssSize() + "; margin: 20mm 15mm 18mm 15mm;\n"
                + "  @top-center { content: element(running); }\n"
                + "  @bottom-center { content: \"Page \" counter(page) \" of \" counter(pages);"
                + " font-family: Amiri; font-size: 8pt; color: #666; } }\n"
                + """
                #running { position: running(running); font-size: 8pt; color: #666; text-align: center; }
                body { font-family: Amiri; font-size: 10.5pt; line-height: 1.4; color: #1b1b1b; }
                h1 { font-size: 17pt; line-height: 1.25; margin: 0 0 4pt 0; }
                .original { font-size: 13pt; color: #555; margin: 0 0 4pt 0; }
                .meta { font-size: 8.5pt; color: #555; margin: 0 0 10pt 0; }
                .brief { border: 0.5pt solid #ccc; background-color: #f6f8fa; padding: 8pt 10pt; margin: 0 0 12pt 0; }
                .brief h2 { font-size: 12.5pt; margin: 0 0 4pt 0; }
                .brief ul { margin: 4pt 0 0 0; padding-left: 12pt; list-style-type: none; }
                .brief li:before { content: "\\2022  "; color: #666; }
                .cite { color: #666; font-size: 8pt; }
                .warn, .check, .failed-note { color: #a23b00; }
                table.rows { width: 100%; table-layout: fixed; border-collapse: collapse; -fs-table-paginate: paginate; }
                tr { page-break-inside: avoid; }
                td { vertical-align: top; padding: 5pt 6pt; border-top: 0.5pt solid #ddd; }
                td.source { font-size: 12.5pt; line-height: 1.5; }
                td.translation { font-size: 10.5pt; }
                tr.flagged td.translation { border-left: 2pt solid #a23b00; }
                tr.failed td.translation { background-color: #fff4e5; }
                .id { color: #888; font-size: 7.5pt; }
                .title td { font-weight: bold; }
                .heading td { font-weight: bold; }
                .summary { color: #555; font-size: 8.5pt; margin: 3pt 0 0 0; }
                .check { font-size: 8.5pt; margin: 3pt 0 0 0; }
                p { margin: 0; }
                [dir="rtl"] { direction: rtl; text-align: right; }
                [dir="ltr"] { direction: ltr; text-align: left; }
                """;
    }

    private static void header(StringBuilder html, TranslatedArticle article, String title) {
        html.append("<h1>").append(direction(title)).append("</h1>\n");
        String original = article.article().title();
        String sourceLang = article.article().language();
        if (!original.isEmpty()) {
            html.append("<p class=\"original\" lang=\"")
                    .append(Text.html(sourceLang))
                    .append("\" dir=\"")
                    .append(Languages.direction(sourceLang))
                    .append("\">")
                    .append(Text.html(original))
                    .append("</p>\n");
        }
        html.append("<p class=\"meta\">");
        String publication = Headline.publicationWithoutHeadline(article); // the line above shows the headline
        if (!publication.isEmpty()) {
            html.append(direction(publication)).append("<br/>");
        }
        String link = Headline.link(article);
        if (link != null) {
            html.append(Text.html(link)).append("<br/>");
        }
        html.append(direction(Headline.provenance(article))).append("</p>\n");
    }

    private static void brief(StringBuilder html, TranslatedArticle article) {
        Brief brief = article.brief();
        html.append("<div class=\"brief\" lang=\"")
                .append(Text.html(article.targetLanguage()))
                .append("\">\n");
        if (brief == null) {
            html.append("<h2>No brief</h2>\n<p class=\"warn\">")
                    .append(direction(article.briefError()))
                    .append("</p>\n</div>\n");
            return;
        }
        html.append("<h2>").append(direction(brief.headline())).append("</h2>\n");
        html.append("<p>").append(direction(brief.summary())).append("</p>\n");
        if (!brief.keyPoints().isEmpty() || !brief.keyFigures().isEmpty()) {
            html.append("<ul>\n");
            for (Brief.KeyPoint point : brief.keyPoints()) {
                html.append("<li>")
                        .append(direction(point.text()))
                        .append(HtmlBrief.cite(point.sources()))
                        .append(warn(point.flags()))
                        .append("</li>\n");
            }
            for (Brief.KeyFigure figure : brief.keyFigures()) {
                html.append("<li><b>")
                        .append(direction(figure.figure()))
                        .append("</b>")
                        .append(figure.context().isEmpty() ? "" : ": " + direction(figure.context()))
                        .append(HtmlBrief.cite(figure.sources()))
                        .append(warn(figure.flags()))
                        .append("</li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("</div>\n");
    }

    private static void rows(StringBuilder html, TranslatedArticle article) {
        String sourceLang = article.article().language();
        String sourceDir = Languages.direction(sourceLang);
        html.append(
                "<table class=\"rows\">\n<colgroup><col style=\"width: 50%\"/><col style=\"width: 50%\"/></colgroup>\n");
        for (TranslatedParagraph p : article.paragraphs()) {
            html.append("<tr id=\"p")
                    .append(p.index())
                    .append("\" class=\"")
                    .append(p.source().kind().jsonName())
                    .append(p.isFlagged() ? " flagged" : "")
                    .append(p.isOk() ? "" : " failed")
                    .append("\">");
            // the source sits in the first cell, read right to left within it
            html.append("<td class=\"source\" lang=\"")
                    .append(Text.html(sourceLang))
                    .append("\" dir=\"")
                    .append(sourceDir)
                    .append("\">")
                    .append(Text.html(p.source().text()))
                    .append("</td>");
            html.append("<td class=\"translation\" lang=\"")
                    .append(Text.html(article.targetLanguage()))
                    .append("\" dir=\"")
                    .append(p.isOk() && Bidi.mostlyRtl(p.translation()) ? "rtl" : "ltr")
                    .append("\"><span class=\"id\">¶")
                    .append(p.index())
                    .append("</span> ");
            if (p.isOk()) {
                html.append(Text.html(p.translation()));
                if (p.summary() != null && !p.summary().isBlank()) {
                    html.append("<p class=\"summary\" dir=\"ltr\">Summary: ")
                            .append(direction(p.summary()))
                            .append("</p>");
                }
                for (Flag flag : p.flags()) {
                    html.append("<p class=\"check\" dir=\"ltr\">Check ")
                            .append(direction(flag.toString()))
                            .append("</p>");
                }
            } else {
                html.append("<span class=\"failed-note\">Not translated: ")
                        .append(direction(p.error()))
                        .append("</span>");
            }
            html.append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    /** English text that may quote Arabic: its Arabic runs set apart so they keep their own order. */
    private static String direction(String text) {
        return Bidi.wrap(text, false, "<span dir=\"rtl\">", "</span>");
    }

    private static String warn(List<String> flags) {
        return flags.isEmpty() ? "" : " <span class=\"warn\">Check: " + direction(String.join("; ", flags)) + "</span>";
    }
}
