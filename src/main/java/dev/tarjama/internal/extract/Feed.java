package dev.tarjama.internal.extract;

import java.util.List;

/**
 * A feed's newest items.
 *
 * @param title the feed's title, empty when it has none
 * @param items newest first, at most as many as were asked for
 * @param total how many items the feed holds
 */
public record Feed(String title, List<FeedItem> items, int total) {
    public Feed {
        items = List.copyOf(items);
    }
}
