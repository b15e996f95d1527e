package dev.tarjama.internal.store;

import java.util.Objects;

/**
 * What identifies a watched article: its source and its id there (a feed item's GUID, else its link; a file's path;
 * else a hash of its text). Ids are scoped by their source, so no feed can claim another's item by reusing its GUID.
 */
public record ArticleKey(String source, String itemId) {
    public ArticleKey {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(itemId, "itemId");
    }

    @Override
    public String toString() {
        return itemId + " (" + source + ")";
    }
}
