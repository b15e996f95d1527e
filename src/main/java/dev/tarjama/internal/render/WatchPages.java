package dev.tarjama.internal.render;

import dev.tarjama.model.ArticleCard;
import dev.tarjama.model.Languages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The pages a watch keeps at its output root: {@code index.html} and {@code index.md} (every item, newest first, with
 * its state and links) and a day's digest in Markdown and HTML (that day's briefs in full). Every piece of text
 * comes from articles and is escaped; titles in another script are isolated and set in their own direction.
 */
public final class WatchPages {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    /** A date in words, as an English page writes it: "4 December 2026". */
    private static final DateTimeFormatter PUBLISHED =
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private static final Map<String, String> FILE_NAMES = Map.of(
            "bilingual.html", "bilingual",
            "brief.md", "brief",
            "english.html", "English",
            "bilingual.pdf", "PDF",
            "article.json", "JSON");

    private static final String CSS = """
            :root { --ink: #1b1b1b; --muted: #5f6368; --rule: #e2e2e2; --warn: #a23b00; --ok: #1e6b34; }
            * { box-sizing: border-box; }
            body { margin: 0 auto; max-width: 52rem; padding: 1.25rem; color: var(--ink);
                   font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
            h1 { font-size: 1.5rem; margin: 0 0 .3rem; }
            .cycle { color: var(--muted); font-size: .85rem; margin: 0 0 1.25rem; }
            .budget { color: var(--warn); }
            article { border-top: 1px solid var(--rule); padding: .9rem 0; }
            article h2 { font-size: 1.15rem; line-height: 1.35; margin: 0 0 .2rem; overflow-wrap: anywhere; }
            article h2 a { color: inherit; }
            .original { color: var(--muted); font-size: 1.1rem; margin: 0 0 .25rem;
                        font-family: "Amiri", "Noto Naskh Arabic", "Geeza Pro", serif; }
            .meta, .links { color: var(--muted); font-size: .85rem; margin: 0 0 .2rem; overflow-wrap: anywhere; }
            .links a { margin-inline-end: .8rem; }
            .state { font-size: .85rem; font-weight: 600; margin: 0 0 .2rem; }
            .state.done, .state.twin { color: var(--ok); }
            .state.retry, .state.parked, .flags { color: var(--warn); }
            .state.queued, .state.in_progress { color: var(--muted); }
            .summary { margin: .4rem 0; }
            ul.points { margin: .3rem 0; padding-inline-start: 1.2rem; }
            @media (max-width: 36rem) { body { padding: .8rem; } article h2 { font-size: 1.05rem; } }
            """;

    private WatchPages() {}

    /**
     * {@code index.html}: every entry, newest first.
     *
     * @param cycle one line on the last cycle (what it did, and a budget that stopped it), shown under the heading
     */
    public static String indexHtml(List<IndexEntry> entries, String cycle, Instant generated) {
        return indexHtml(entries, cycle, generated, PageFont.EMBEDDED);
    }

    /** As {@link #indexHtml(List, String, Instant)}, the Arabic face as {@code font} says. */
    public static String indexHtml(List<IndexEntry> entries, String cycle, Instant generated, PageFont font) {
        StringBuilder html = page("tarjama — translated articles", font);
        html.append("<h1>Translated articles</h1>\n<p class=\"cycle\">Updated ")
                .append(WHEN.format(generated))
                .append(" · ")
                .append(Text.html(cycle))
                .append("</p>\n");
        if (entries.isEmpty()) {
            html.append("<p>Nothing translated yet.</p>\n");
        }
        for (IndexEntry entry : entries) {
            item(html, entry, false);
        }
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    /** {@code index.md}: the same as a Markdown list. */
    public static String indexMarkdown(List<IndexEntry> entries, String cycle, Instant generated) {
        StringBuilder md = new StringBuilder("# Translated articles\n\nUpdated ")
                .append(WHEN.format(generated))
                .append(" · ")
                .append(Text.markdown(cycle))
                .append("\n\n");
        if (entries.isEmpty()) {
            md.append("Nothing translated yet.\n");
        }
        for (IndexEntry entry : entries) {
            md.append("- **").append(markdownLink(entry)).append("**");
            ArticleCard card = entry.card();
            if (card != null && !card.originalTitle().isEmpty()) {
                md.append(" — «").append(Text.markdown(card.originalTitle())).append("»");
            }
            md.append("  \n  ").append(Text.markdown(meta(entry))).append(" · ").append(state(entry));
            List<String> links = new ArrayList<>();
            for (String file : entry.files()) {
                links.add("[" + FILE_NAMES.getOrDefault(file, file) + "](" + entry.href(file) + ")");
            }
            if (card != null && card.link() != null) {
                links.add("[original](" + card.link().replace(")", "%29") + ")");
            }
            if (!links.isEmpty()) {
                md.append("  \n  ").append(String.join(" · ", links));
            }
            md.append("\n");
        }
        return md.toString();
    }

    /** The digest of {@code day}: each entry's brief in full. */
    public static String digestHtml(LocalDate day, List<IndexEntry> entries) {
        return digestHtml(day, entries, PageFont.EMBEDDED);
    }

    /** As {@link #digestHtml(LocalDate, List)}, the Arabic face as {@code font} says. */
    public static String digestHtml(LocalDate day, List<IndexEntry> entries, PageFont font) {
        StringBuilder html = page("tarjama — digest " + day, font);
        html.append("<h1>Digest of ")
                .append(day)
                .append("</h1>\n<p class=\"cycle\">")
                .append(entries.size())
                .append(entries.size() == 1 ? " article" : " articles")
                .append(" translated that day (UTC) · <a href=\"index.html\">all articles</a></p>\n");
        for (IndexEntry entry : entries) {
            item(html, entry, true);
        }
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    public static String digestMarkdown(LocalDate day, List<IndexEntry> entries) {
        StringBuilder md = new StringBuilder("# Digest of ").append(day).append("\n\n");
        md.append(entries.size())
                .append(entries.size() == 1 ? " article" : " articles")
                .append(" translated that day (UTC).\n");
        for (IndexEntry entry : entries) {
            md.append("\n## ").append(markdownLink(entry)).append("\n\n");
            ArticleCard card = entry.card();
            if (card != null && !card.originalTitle().isEmpty()) {
                md.append("«").append(Text.markdown(card.originalTitle())).append("»  \n");
            }
            md.append(Text.markdown(meta(entry))).append("\n\n");
            if (card != null && !card.summary().isEmpty()) {
                md.append(Text.markdown(card.summary())).append("\n\n");
                for (String point : card.keyPoints()) {
                    md.append("- ").append(Text.markdown(point)).append("\n");
                }
            }
        }
        return md.toString();
    }

    private static StringBuilder page(String title, PageFont font) {
        return new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>")
                .append(Text.html(title))
                .append("</title>\n<style>\n")
                .append(font.embedded() ? "" : font.fontFace())
                .append(CSS)
                .append("</style>\n</head>\n<body>\n<main>\n");
    }

    private static void item(StringBuilder html, IndexEntry entry, boolean withBrief) {
        ArticleCard card = entry.card();
        String state = entry.state().jsonName();
        html.append("<article class=\"").append(state).append("\">\n<h2>");
        String first = entry.files().isEmpty() ? null : entry.files().get(0);
        if (first != null) {
            html.append("<a href=\"").append(Text.html(entry.href(first))).append("\">");
        }
        html.append(Bidi.isolate(entry.title(), false));
        if (first != null) {
            html.append("</a>");
        }
        html.append("</h2>\n");
        if (card != null && !card.originalTitle().isEmpty()) {
            boolean rtl = rtl(card);
            html.append("<p class=\"original\" lang=\"")
                    .append(Text.html(card.language()))
                    .append("\" dir=\"")
                    .append(rtl ? "rtl" : "ltr")
                    .append("\">")
                    .append(Bidi.isolate(card.originalTitle(), rtl))
                    .append("</p>\n");
        }
        html.append("<p class=\"meta\">")
                .append(Bidi.isolate(meta(entry), false))
                .append("</p>\n");
        html.append("<p class=\"state ")
                .append(state)
                .append("\">")
                .append(Text.html(state(entry)))
                .append("</p>\n");
        if (withBrief && card != null && !card.summary().isEmpty()) {
            html.append("<p class=\"summary\">")
                    .append(Bidi.isolate(card.summary(), false))
                    .append("</p>\n");
            if (!card.keyPoints().isEmpty()) {
                html.append("<ul class=\"points\">\n");
                for (String point : card.keyPoints()) {
                    html.append("<li>").append(Bidi.isolate(point, false)).append("</li>\n");
                }
                html.append("</ul>\n");
            }
        }
        List<String> links = new ArrayList<>();
        for (String file : entry.files()) {
            links.add(
                    "<a href=\"" + Text.html(entry.href(file)) + "\">" + FILE_NAMES.getOrDefault(file, file) + "</a>");
        }
        if (card != null && card.link() != null) {
            links.add("<a href=\"" + Text.html(card.link()) + "\" rel=\"noopener noreferrer\">original</a>");
        }
        if (!links.isEmpty()) {
            html.append("<p class=\"links\">").append(String.join(" ", links)).append("</p>\n");
        }
        html.append("</article>\n");
    }

    /** The article's language decides the title's direction; its letters only when the language is unknown. */
    static boolean rtl(ArticleCard card) {
        return card.language() == null || card.language().isBlank()
                ? Bidi.mostlyRtl(card.originalTitle())
                : Languages.direction(card.language()).equals("rtl");
    }

    /** "Outlet · published … · from <source> · updated …". */
    private static String meta(IndexEntry entry) {
        List<String> parts = new ArrayList<>();
        ArticleCard card = entry.card();
        if (card != null && card.outlet() != null) {
            parts.add(card.outlet());
        }
        if (entry.published() != null) {
            parts.add("published " + PUBLISHED.format(entry.published()));
        }
        parts.add("from " + entry.source());
        parts.add("updated " + WHEN.format(entry.updated()));
        return String.join(" · ", parts);
    }

    /** "translated · 2 paragraphs flagged", "failed, will retry: why". */
    private static String state(IndexEntry entry) {
        StringBuilder state = new StringBuilder(entry.state().words());
        ArticleCard card = entry.card();
        if (entry.state().translated() && card != null && card.flagged() > 0) {
            state.append(" · ")
                    .append(card.flagged())
                    .append(card.flagged() == 1 ? " paragraph" : " paragraphs")
                    .append(" flagged");
        }
        if (entry.problem() != null) {
            state.append(": ").append(entry.problem());
        }
        return state.toString();
    }

    private static String markdownLink(IndexEntry entry) {
        String title = Text.markdown(entry.title());
        return entry.files().isEmpty()
                ? title
                : "[" + title + "](" + entry.href(entry.files().get(0)) + ")";
    }

    /** The UTC day of an instant, as digests are named. */
    public static LocalDate day(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate();
    }
}
