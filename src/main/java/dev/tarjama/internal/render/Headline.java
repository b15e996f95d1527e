package dev.tarjama.internal.render;

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

    /** The outlet: the site's name as its page gives it, else the host of the address it was read from. */
    static String outlet(TranslatedArticle article) {
        var source = article.article().source();
        if (source.siteName() != null && !source.siteName().isBlank()) {
            return source.siteName();
        }
        String url = source.canonicalUrl() != null ? source.canonicalUrl() : source.url();
        if (url == null) {
            return null;
        }
        try {
            String host = java.net.URI.create(url).getHost();
            return host == null ? null : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The article's own address: the canonical one the publisher names, else the one it was read from; only an http(s)
     * address, since a page or a feed could name a {@code javascript:} one.
     */
    static String link(TranslatedArticle article) {
        var source = article.article().source();
        String link = source.canonicalUrl() != null ? source.canonicalUrl() : source.url();
        return link != null && link.toLowerCase(java.util.Locale.ROOT).matches("https?://[^\\s]+") ? link : null;
    }

    /**
     * "Al Jazeera · by Name · published 2026-11-28 · original headline «…»": what an editor cites. Plain text,
     * unescaped; empty when the article says none of it.
     */
    static String publication(TranslatedArticle article) {
        return publication(article, true);
    }

    /**
     * As {@link #publication(TranslatedArticle)}, without the original headline: for a page that shows it on a line of
     * its own, in its own direction (inside a left-to-right line its closing quote would stray to the other end).
     */
    static String publicationWithoutHeadline(TranslatedArticle article) {
        return publication(article, false);
    }

    private static String publication(TranslatedArticle article, boolean withHeadline) {
        var source = article.article().source();
        java.util.List<String> parts = new java.util.ArrayList<>();
        String outlet = outlet(article);
        if (outlet != null) {
            parts.add(outlet);
        }
        if (source.byline() != null && !source.byline().isBlank()) {
            parts.add("by " + source.byline());
        }
        if (source.published() != null && !source.published().isBlank()) {
            parts.add("published " + source.published());
        }
        if (withHeadline && !article.article().title().isEmpty()) {
            parts.add("original headline «" + article.article().title() + "»");
        }
        return String.join(" · ", parts);
    }

    static String languageName(String code) {
        return Languages.englishName(code, code);
    }
}
