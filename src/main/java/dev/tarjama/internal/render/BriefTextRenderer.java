package dev.tarjama.internal.render;

import dev.tarjama.model.Brief;
import dev.tarjama.model.TranslatedArticle;
import dev.tarjama.model.TranslatedParagraph;
import java.util.List;
import java.util.stream.Collectors;

/** {@code brief.txt}: the brief as plain text, ready to paste into an email; no markup to clean up. */
final class BriefTextRenderer extends TextFormat {
    @Override
    public String fileName() {
        return "brief.txt";
    }

    @Override
    String render(TranslatedArticle article) {
        Brief brief = article.brief();
        StringBuilder txt = new StringBuilder(4096);
        String headline = brief == null ? Headline.title(article) : brief.headline();
        txt.append(oneLine(headline)).append('\n');
        String publication = Headline.publication(article);
        if (!publication.isEmpty()) {
            txt.append(oneLine(publication)).append('\n');
        }
        String link = Headline.link(article);
        if (link != null) {
            txt.append(link).append('\n');
        }
        txt.append('\n');
        if (brief == null) {
            txt.append("No brief: ").append(oneLine(article.briefError())).append(". Paragraph summaries:\n\n");
            for (TranslatedParagraph p : article.paragraphs()) {
                if (p.isOk() && p.summary() != null && !p.summary().isBlank()) {
                    txt.append("- ")
                            .append(oneLine(p.summary()))
                            .append(" (¶")
                            .append(p.index())
                            .append(")\n");
                }
            }
        } else {
            txt.append(oneLine(brief.summary())).append('\n');
            section(
                    txt,
                    "Key points",
                    brief.keyPoints().stream()
                            .map(p -> oneLine(p.text()) + cite(p.sources()) + warn(p.flags()))
                            .toList());
            section(
                    txt,
                    "Key figures",
                    brief.keyFigures().stream()
                            .map(f -> oneLine(f.figure())
                                    + (f.context().isEmpty() ? "" : ": " + oneLine(f.context()))
                                    + cite(f.sources())
                                    + warn(f.flags()))
                            .toList());
            section(
                    txt,
                    "People and organisations",
                    brief.entities().stream()
                            .map(e -> oneLine(e.name())
                                    + (e.original().isEmpty() ? "" : " (" + oneLine(e.original()) + ")")
                                    + ", " + e.type())
                            .toList());
        }
        List<String> flagged = article.paragraphs().stream()
                .filter(TranslatedParagraph::isFlagged)
                .map(p -> "¶" + p.index() + ": "
                        + oneLine(p.flags().stream().map(Object::toString).collect(Collectors.joining("; "))))
                .toList();
        section(txt, "Needs a second look", flagged);
        long failed = article.failedCount();
        if (failed > 0) {
            txt.append("\nNot translated: ")
                    .append(failed)
                    .append(" of ")
                    .append(article.paragraphs().size())
                    .append(" paragraphs.\n");
        }
        txt.append("\n-- \n").append(oneLine(Headline.provenance(article))).append('\n');
        return txt.toString();
    }

    private static void section(StringBuilder txt, String heading, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        txt.append('\n').append(heading).append(":\n");
        items.forEach(item -> txt.append("- ").append(item).append('\n'));
    }

    private static String cite(List<Integer> sources) {
        return sources.isEmpty()
                ? ""
                : sources.stream().map(id -> "¶" + id).collect(Collectors.joining(", ", " (", ")"));
    }

    private static String warn(List<String> flags) {
        return flags.isEmpty() ? "" : " [check: " + oneLine(String.join("; ", flags)) + "]";
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
