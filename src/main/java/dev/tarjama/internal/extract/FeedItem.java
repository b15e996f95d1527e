package dev.tarjama.internal.extract;

/**
 * One item of a feed, as tarjama uses it; every field but {@code title} may be {@code null}.
 *
 * @param title     the item's title, empty when it has none
 * @param link      the address of the article
 * @param id        the item's guid or Atom id
 * @param published when it was published (or last updated), ISO 8601
 * @param author    its author
 * @param content   its full text in HTML, when the feed carries it ({@code content:encoded}, Atom content)
 * @param summary   its description or summary, in HTML
 */
public record FeedItem(
        String title, String link, String id, String published, String author, String content, String summary) {
    /** Whether the feed carries the article itself, so that nothing needs fetching. */
    public boolean hasContent() {
        return content != null && !content.isBlank();
    }
}
