package dev.tarjama.render;

import dev.tarjama.model.ArticleCard;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One watched item as the index, the digest and the feed of briefs show it.
 *
 * @param id      what identifies the item across cycles (a feed GUID, an address, a path)
 * @param card    what was translated, or {@code null} when nothing was yet
 * @param source  the feed, page or folder it was found in
 * @param state   where it stands
 * @param problem why it is not done, or {@code null}
 * @param folder  its output folder relative to the output root, or {@code null}
 * @param files   the files of that folder to link, in order (brief.md, bilingual.html, …)
 * @param updated when it was last processed or attempted
 */
public record IndexEntry(
        String id,
        ArticleCard card,
        String source,
        State state,
        String problem,
        String folder,
        List<String> files,
        Instant updated) {
    /** Where an item stands, as a reader is told. */
    public enum State {
        TRANSLATED("translated"),
        QUEUED("waiting to be translated"),
        RETRYING("failed, will retry"),
        FAILED("failed, parked");

        private final String words;

        State(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public IndexEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        files = List.copyOf(files);
    }

    /** The English title, else what identifies the item (an item that could not be read is named by its address). */
    public String title() {
        if (card != null) {
            return card.title();
        }
        return id.startsWith(UNREAD) ? id.substring(UNREAD.length()) : id;
    }

    /** How the ledger names an item it could not read, having no id from its content. */
    public static final String UNREAD = "unread:";

    /** The link to {@code file} in the item's folder, relative to the output root, each segment percent-encoded. */
    String href(String file) {
        StringBuilder href = new StringBuilder();
        for (String segment : (folder + "/" + file).split("/")) {
            if (!segment.isEmpty()) {
                href.append(href.isEmpty() ? "" : "/")
                        .append(java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8)
                                .replace("+", "%20"));
            }
        }
        return href.toString();
    }
}
