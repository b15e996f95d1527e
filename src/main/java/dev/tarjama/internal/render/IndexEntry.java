package dev.tarjama.internal.render;

import dev.tarjama.model.ArticleCard;
import dev.tarjama.model.ArticleState;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One watched item as the index, the digest and the feed of briefs show it.
 *
 * @param id        what identifies it across cycles (a feed item's GUID, an address, a path)
 * @param name      what to call it while it has no title: its address or path
 * @param card      what was translated, or {@code null} when nothing was yet
 * @param source    the feed, page or folder it was found in
 * @param state     where it stands
 * @param problem   why it is not done, or {@code null}
 * @param folder    its output folder relative to the output root, or {@code null}
 * @param files     the files of that folder to link, in order (brief.md, bilingual.html, …)
 * @param updated   when it was last processed or attempted
 * @param published when its source says it was published, or {@code null}
 */
public record IndexEntry(
        String id,
        String name,
        ArticleCard card,
        String source,
        ArticleState state,
        String problem,
        String folder,
        List<String> files,
        Instant updated,
        Instant published) {
    public IndexEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        files = List.copyOf(files);
    }

    /** The English title, else the item's address or path. */
    public String title() {
        return card != null ? card.title() : name;
    }

    /** When it was published, else when it was last processed: what the index is ordered by, newest first. */
    public Instant when() {
        return published != null ? published : updated;
    }

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
