package dev.tarjama.internal.render;

/**
 * How a page gets its Arabic face: from the output root's shared copy, by a relative URL that works from
 * {@code file://}, over HTTP and from the review desk alike, or embedded as a {@code data:} URL in a page that must
 * travel alone (about 750 kB per page).
 *
 * @param url the relative URL of the shared font, or {@code null} to embed it
 */
public record PageFont(String url) {
    /** The font carried inside the page. */
    public static final PageFont EMBEDDED = new PageFont(null);

    /** Whether the page carries the font itself. */
    public boolean embedded() {
        return url == null;
    }

    /** The {@code @font-face} rule for the page's style sheet. */
    String fontFace() {
        String source = embedded() ? ArabicFont.regularDataUrl() : url;
        return "@font-face { font-family: \"" + ArabicFont.FAMILY + "\"; src: url(\"" + source
                + "\") format(\"truetype\"); font-display: " + (embedded() ? "block" : "swap") + "; }\n";
    }
}
