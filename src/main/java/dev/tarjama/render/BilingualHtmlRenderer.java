package dev.tarjama.render;

import dev.tarjama.model.Languages;
import dev.tarjama.model.ParagraphKind;
import dev.tarjama.model.TranslatedArticle;
import dev.tarjama.model.TranslatedParagraph;

/**
 * One self-contained page: source and translation side by side, one row per paragraph, anchored {@code #p<id>}.
 * The source column carries the source language's direction and {@code lang}, so Arabic lays out right to
 * left with its own shaping and punctuation; on a phone the columns stack, and the page prints cleanly.
 */
final class BilingualHtmlRenderer extends TextFormat {
    private static final String STYLE = """
            :root { --ink: #1b1b1b; --muted: #5f6368; --rule: #e2e2e2; --warn: #a23b00; --warn-bg: #fff4e5; }
            * { box-sizing: border-box; }
            body { margin: 0 auto; max-width: 78rem; padding: 1.5rem; color: var(--ink);
                   font: 1rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
            header h1 { font-size: 1.6rem; line-height: 1.3; margin: 0 0 .4rem; }
            .meta { color: var(--muted); font-size: .85rem; margin: 0 0 1.5rem; }
            .row { display: grid; grid-template-columns: 1fr 1fr; gap: 2rem; padding: .9rem 0;
                   border-top: 1px solid var(--rule); break-inside: avoid; }
            .cell p { margin: 0; }
            .cell[dir="rtl"] { font-family: "Noto Naskh Arabic", "Amiri", "Geeza Pro", "Arial", sans-serif;
                               font-size: 1.12rem; line-height: 1.9; text-align: start; }
            .title .cell p[role="heading"] { font-size: 1.3rem; font-weight: 700; line-height: 1.4; }
            .heading .cell p[role="heading"] { font-size: 1.1rem; font-weight: 700; }
            .summary { color: var(--muted); font-size: .85rem; margin-top: .4rem !important; }
            .summary::before { content: "Summary: "; font-weight: 600; }
            .id { color: var(--muted); font-size: .75rem; text-decoration: none; float: inline-end; }
            .failed { background: var(--warn-bg); border-inline-start: 4px solid var(--warn); padding: .5rem .75rem; }
            .flag { color: var(--warn); font-weight: 600; font-size: .85rem; display: block; margin-bottom: .3rem; }
            .flagged .translation { border-inline-start: 4px solid var(--warn); padding-inline-start: .75rem; }
            .check { color: var(--warn); font-size: .85rem; margin-top: .4rem !important; }
            .glossary { margin-top: 2rem; border-top: 1px solid var(--rule); padding-top: 1rem; font-size: .9rem; }
            .glossary table { border-collapse: collapse; }
            .glossary td, .glossary th { padding: .2rem .8rem .2rem 0; text-align: start; }
            @media (max-width: 44rem) {
              body { padding: 1rem; }
              .row { grid-template-columns: 1fr; gap: .6rem; }
            }
            @media print {
              body { max-width: none; padding: 0; font-size: 10.5pt; }
              .row { gap: 1.2rem; }
              .id { display: none; }
              .failed { background: none; }
            }
            """;

    @Override
    public String fileName() {
        return "bilingual.html";
    }

    @Override
    String render(TranslatedArticle article) {
        String sourceLang = article.article().language();
        String sourceDir = Languages.direction(sourceLang);
        String targetLang = article.targetLanguage();
        String targetDir = Languages.direction(targetLang);

        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"")
                .append(Text.html(targetLang))
                .append("\" dir=\"")
                .append(targetDir)
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"tarjama\">\n")
                .append("<title>")
                .append(Text.html(Headline.title(article)))
                .append("</title>\n")
                .append("<style>\n")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n<header>\n")
                .append("<h1>")
                .append(Text.html(Headline.title(article)))
                .append("</h1>\n")
                .append("<p class=\"meta\">")
                .append(Text.html(Headline.provenance(article)))
                .append("</p>\n")
                .append("</header>\n<main>\n");
        for (TranslatedParagraph p : article.paragraphs()) {
            String kind = p.source().kind().jsonName();
            html.append("<section class=\"row ")
                    .append(kind)
                    .append(p.isFlagged() ? " flagged" : "")
                    .append("\" id=\"p")
                    .append(p.index())
                    .append("\">\n");
            html.append("  <div class=\"cell source\" lang=\"")
                    .append(Text.html(sourceLang))
                    .append("\" dir=\"")
                    .append(sourceDir)
                    .append("\">")
                    .append(paragraph(p.source().text(), p.source().kind()))
                    .append("</div>\n");
            if (p.isOk()) {
                html.append("  <div class=\"cell translation\" lang=\"")
                        .append(Text.html(targetLang))
                        .append("\" dir=\"")
                        .append(targetDir)
                        .append("\">")
                        .append("<a class=\"id\" href=\"#p")
                        .append(p.index())
                        .append("\">¶")
                        .append(p.index())
                        .append("</a>")
                        .append(paragraph(p.translation(), p.source().kind()));
                if (p.summary() != null && !p.summary().isBlank()) {
                    html.append("<p class=\"summary\">")
                            .append(Text.html(p.summary()))
                            .append("</p>");
                }
                for (var flag : p.flags()) {
                    html.append("<p class=\"check\">⚑ Check ")
                            .append(Text.html(flag.toString()))
                            .append("</p>");
                }
            } else {
                // the source stays in view where the translation would be, marked, so nothing silently disappears
                html.append("  <div class=\"cell translation failed\" lang=\"")
                        .append(Text.html(sourceLang))
                        .append("\" dir=\"")
                        .append(sourceDir)
                        .append("\">")
                        .append("<span class=\"flag\" lang=\"en\" dir=\"ltr\">⚠ Not translated: ")
                        .append(Text.html(p.error()))
                        .append("</span>")
                        .append(paragraph(p.source().text(), p.source().kind()));
            }
            html.append("</div>\n</section>\n");
        }
        html.append("</main>\n");
        glossary(html, article);
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    /** The agreed renderings the paragraphs were translated with, for the editor checking a name. */
    private static void glossary(StringBuilder html, TranslatedArticle article) {
        if (article.glossary().isEmpty()) {
            return;
        }
        html.append("<details class=\"glossary\"><summary>Glossary (")
                .append(article.glossary().size())
                .append(" terms)</summary>\n<table>\n");
        for (var entry : article.glossary()) {
            html.append("<tr><td lang=\"")
                    .append(Text.html(article.article().language()))
                    .append("\" dir=\"")
                    .append(Languages.direction(article.article().language()))
                    .append("\">")
                    .append(Text.html(entry.source()))
                    .append("</td><td>")
                    .append(Text.html(entry.target()))
                    .append("</td><td>")
                    .append(Text.html(entry.type()))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n</details>\n");
    }

    private static String paragraph(String text, ParagraphKind kind) {
        String role = kind == ParagraphKind.BODY
                ? ""
                : " role=\"heading\" aria-level=\"" + (kind == ParagraphKind.TITLE ? 2 : 3) + "\"";
        return "<p" + role + ">" + Text.html(text) + "</p>";
    }
}
