package dev.tarjama.internal.render;

import dev.tarjama.model.Brief;
import dev.tarjama.model.TranslatedArticle;
import dev.tarjama.model.TranslatedParagraph;
import java.util.List;
import java.util.stream.Collectors;

/** The English brief an editor reads first: headline, summary, key points, figures, names, and provenance. */
final class BriefMarkdownRenderer extends TextFormat {
    @Override
    public String fileName() {
        return "brief.md";
    }

    @Override
    String render(TranslatedArticle article) {
        Brief brief = article.brief();
        StringBuilder md = new StringBuilder(4096);
        if (brief == null) {
            md.append("# ").append(Text.markdown(Headline.title(article))).append("\n\n");
            md.append("> **⚠ No brief:** ")
                    .append(Text.markdown(article.briefError()))
                    .append(". The paragraph summaries follow instead.\n\n");
            md.append("## Paragraph summaries\n\n");
            for (TranslatedParagraph p : article.paragraphs()) {
                if (p.isOk() && p.summary() != null && !p.summary().isBlank()) {
                    md.append("- ")
                            .append(Text.markdown(p.summary()))
                            .append(" (¶")
                            .append(p.index())
                            .append(")\n");
                }
            }
        } else {
            md.append("# ").append(Text.markdown(brief.headline())).append("\n\n");
            publication(md, article);
            md.append(Text.markdown(brief.summary())).append("\n");
            section(
                    md,
                    "Key points",
                    brief.keyPoints().stream()
                            .map(p -> Text.markdown(p.text()) + cite(p.sources()) + warn(p.flags()))
                            .toList());
            section(
                    md,
                    "Key figures",
                    brief.keyFigures().stream()
                            .map(f -> "**" + Text.markdown(f.figure()) + "**"
                                    + (f.context().isEmpty() ? "" : ": " + Text.markdown(f.context()))
                                    + cite(f.sources()) + warn(f.flags()))
                            .toList());
            section(
                    md,
                    "People and organisations",
                    brief.entities().stream()
                            .map(e -> "**" + Text.markdown(e.name()) + "**"
                                    + (e.original().isEmpty() ? "" : " (" + Text.markdown(e.original()) + ")")
                                    + " · " + e.type())
                            .toList());
        }
        checks(md, article);
        List<TranslatedParagraph> failed =
                article.paragraphs().stream().filter(p -> !p.isOk()).toList();
        if (!failed.isEmpty()) {
            md.append("\n## ⚠ Not translated\n\n")
                    .append(failed.size())
                    .append(" of ")
                    .append(article.paragraphs().size())
                    .append(" paragraphs could not be translated (¶")
                    .append(failed.stream().map(p -> String.valueOf(p.index())).collect(Collectors.joining(", ¶")))
                    .append("); bilingual.html shows their source text, marked.\n");
        }
        md.append("\n---\n\n_")
                .append(Text.markdown(Headline.provenance(article)))
                .append("_\n");
        return md.toString();
    }

    /** "_Al Jazeera · by … · published … · original headline «…»_" and the article's address, when known. */
    private static void publication(StringBuilder md, TranslatedArticle article) {
        String publication = Headline.publication(article);
        String link = Headline.link(article);
        if (!publication.isEmpty()) {
            md.append("_").append(Text.markdown(publication)).append("_").append(link == null ? "\n\n" : "  \n");
        }
        if (link != null) {
            md.append("<").append(link.replace(">", "%3E").replace(" ", "%20")).append(">\n\n");
        }
    }

    /** " ([¶3](bilingual.html#p3), [¶7](bilingual.html#p7))": each citation a link to its row. */
    private static String cite(List<Integer> sources) {
        if (sources.isEmpty()) {
            return "";
        }
        return sources.stream()
                .map(id -> "[¶" + id + "](bilingual.html#p" + id + ")")
                .collect(Collectors.joining(", ", " (", ")"));
    }

    private static String warn(List<String> flags) {
        return flags.isEmpty() ? "" : " ⚠ _" + Text.markdown(String.join("; ", flags)) + "_";
    }

    /** What the checks found: flagged paragraphs with their reasons, or a line saying all passed. */
    private static void checks(StringBuilder md, TranslatedArticle article) {
        md.append("\n## Checks\n\n");
        List<TranslatedParagraph> flagged = article.paragraphs().stream()
                .filter(TranslatedParagraph::isFlagged)
                .toList();
        List<String> briefFlags =
                article.brief() == null ? List.of() : article.brief().allFlags();
        long checked =
                article.paragraphs().stream().filter(TranslatedParagraph::isOk).count();
        if (flagged.isEmpty() && briefFlags.isEmpty()) {
            md.append("All ")
                    .append(checked)
                    .append(" translated paragraphs passed the checks (numbers, completeness, "
                            + "hygiene, terminology, alignment).\n");
            return;
        }
        md.append(flagged.size())
                .append(" of ")
                .append(checked)
                .append(" translated paragraphs need a second look; bilingual.html marks them.\n\n");
        for (TranslatedParagraph p : flagged) {
            md.append("- [¶")
                    .append(p.index())
                    .append("](bilingual.html#p")
                    .append(p.index())
                    .append("): ")
                    .append(Text.markdown(
                            p.flags().stream().map(Object::toString).collect(Collectors.joining("; "))))
                    .append('\n');
        }
        for (String flag : briefFlags) {
            md.append("- brief: ").append(Text.markdown(flag)).append('\n');
        }
    }

    private static void section(StringBuilder md, String heading, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        md.append("\n## ").append(heading).append("\n\n");
        items.forEach(item -> md.append("- ").append(item).append('\n'));
    }
}
