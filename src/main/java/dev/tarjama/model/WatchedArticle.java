package dev.tarjama.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One article a watch knows of, as its ledger records it.
 *
 * @param id           its id in its source: a feed item's GUID or link, a file's path, else a hash of its text
 * @param source       the feed, page or folder it came from
 * @param title        its English title once translated, else its address or path
 * @param state        where it stands
 * @param attempts     failed attempts in a row
 * @param lastError    why the last attempt failed, or {@code null}
 * @param nextAttempt  when a failed article is tried again, or {@code null}
 * @param folder       its output folder relative to the watch's output root, or {@code null}
 * @param published    when its source says it was published, or {@code null}
 * @param translatedAt when it was last translated, or {@code null}
 */
public record WatchedArticle(
        String id,
        String source,
        String title,
        ArticleState state,
        int attempts,
        String lastError,
        Instant nextAttempt,
        String folder,
        Instant published,
        Instant translatedAt) {
    public WatchedArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(state, "state");
    }
}
