package dev.tarjama.internal.render;

import dev.tarjama.model.Brief;
import dev.tarjama.model.TranslatedArticle;
import java.util.List;

/**
 * The brief at the top of the bilingual page, in the sections of {@code brief.md}: headline, summary, key points and
 * key figures linked to their rows, people and organisations with their original names.
 */
final class HtmlBrief {
    private HtmlBrief() {}

    static void append(StringBuilder html, TranslatedArticle article) {
        Brief brief = article.brief();
        html.append("<section class=\"brief\" id=\"brief\" lang=\"")
                .append(Text.html(article.targetLanguage()))
                .append("\">\n");
        if (brief == null) {
            html.append("<h2>No brief</h2>\n<p class=\"warn\">")
                    .append(Bidi.isolate(article.briefError(), false))
                    .append("</p>\n</section>\n");
            return;
        }
        html.append("<h2>").append(Bidi.isolate(brief.headline(), false)).append("</h2>\n");
        html.append("<p>").append(Bidi.isolate(brief.summary(), false)).append("</p>\n");
        if (!brief.keyPoints().isEmpty()) {
            html.append("<h3>Key points</h3>\n<ul class=\"points\">\n");
            for (Brief.KeyPoint point : brief.keyPoints()) {
                html.append("<li>")
                        .append(Bidi.isolate(point.text(), false))
                        .append(cite(point.sources()))
                        .append(warn(point.flags()))
                        .append("</li>\n");
            }
            html.append("</ul>\n");
        }
        if (!brief.keyFigures().isEmpty()) {
            html.append("<h3>Key figures</h3>\n<ul class=\"figures\">\n");
            for (Brief.KeyFigure figure : brief.keyFigures()) {
                html.append("<li><strong>")
                        .append(Bidi.isolate(figure.figure(), false))
                        .append("</strong>")
                        .append(figure.context().isEmpty() ? "" : ": " + Bidi.isolate(figure.context(), false))
                        .append(cite(figure.sources()))
                        .append(warn(figure.flags()))
                        .append("</li>\n");
            }
            html.append("</ul>\n");
        }
        if (!brief.entities().isEmpty()) {
            html.append("<h3>People and organisations</h3>\n<ul class=\"entities\">\n");
            for (Brief.Entity entity : brief.entities()) {
                html.append("<li><strong>")
                        .append(Bidi.isolate(entity.name(), false))
                        .append("</strong>");
                if (!entity.original().isEmpty()) {
                    html.append(" (<bdi dir=\"auto\">")
                            .append(Text.html(entity.original()))
                            .append("</bdi>)");
                }
                html.append(" · ").append(Text.html(entity.type())).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("</section>\n");
    }

    /** " ¶3 ¶7": each citation a link to its row, in the page and in the PDF alike. */
    static String cite(List<Integer> sources) {
        StringBuilder links = new StringBuilder();
        for (int id : sources) {
            links.append(" <a class=\"cite\" href=\"#p")
                    .append(id)
                    .append("\">¶")
                    .append(id)
                    .append("</a>");
        }
        return links.toString();
    }

    private static String warn(List<String> flags) {
        return flags.isEmpty()
                ? ""
                : " <span class=\"warn\">⚑ " + Bidi.isolate(String.join("; ", flags), false) + "</span>";
    }
}
