package dev.tarjama.model;

/**
 * Where an article was published, as far as its page or feed says: every field may be {@code null}.
 *
 * @param url          the address it was read from
 * @param canonicalUrl the address the publisher names as the article's own
 * @param published    the publication time, ISO 8601 as the page gives it (a date, or a date and time)
 * @param byline       the author or authors
 * @param siteName     the outlet
 */
public record SourceInfo(String url, String canonicalUrl, String published, String byline, String siteName) {
    public static final SourceInfo NONE = new SourceInfo(null, null, null, null, null);

    /**
     * When it was published, read strictly from {@link #published()}: {@code null} when that is none of the forms
     * sources write (ISO 8601, RFC 1123), names a date that does not exist ("30 Feb"), or falls before 1990 or after
     * next year (a placeholder such as "0001-01-01", a typo).
     */
    public java.time.Instant publishedAt() {
        return PublishedDate.parse(published);
    }

    /**
     * This without a publication date that is written as one but names no real or believable day ("0001-01-01",
     * "30 Feb 2025"), so that no page shows it; {@code dropped} is told the text left out.
     */
    public SourceInfo withoutWrongDate(java.util.function.Consumer<String> dropped) {
        if (!PublishedDate.wrong(published)) {
            return this;
        }
        dropped.accept(published);
        return new SourceInfo(url, canonicalUrl, null, byline, siteName);
    }

    /** This, with the fields it lacks taken from {@code other}. */
    public SourceInfo or(SourceInfo other) {
        return new SourceInfo(
                first(url, other.url),
                first(canonicalUrl, other.canonicalUrl),
                first(published, other.published),
                first(byline, other.byline),
                first(siteName, other.siteName));
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
