package dev.tarjama.internal.extract;

/**
 * What a page says about itself; every field may be {@code null}.
 *
 * @param title        the headline (Open Graph, JSON-LD, the first heading, the document title)
 * @param byline       the author or authors
 * @param published    the publication time, ISO 8601 as the page gives it
 * @param canonicalUrl the address the publisher names as the article's own
 * @param siteName     the outlet
 * @param language     the language the page declares ({@code <html lang>})
 */
public record PageMetadata(
        String title, String byline, String published, String canonicalUrl, String siteName, String language) {
    public static final PageMetadata NONE = new PageMetadata(null, null, null, null, null, null);
}
