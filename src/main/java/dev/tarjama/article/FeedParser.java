package dev.tarjama.article;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import dev.tarjama.TarjamaException;
import java.io.StringReader;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads RSS and Atom feeds with Rome (document type declarations refused, so a feed cannot reach for local
 * files). An article given as a feed is its newest item: its title, and its full content when the feed carries
 * it, else its description.
 */
final class FeedParser {
    /** A feed item as tarjama translates it. */
    record Item(String title, String html, String link) {}

    static boolean looksLikeFeed(String contentType, String document) {
        if (contentType != null) {
            String type = contentType.toLowerCase(Locale.ROOT);
            if (type.contains("rss") || type.contains("atom")) {
                return true;
            }
        }
        String head = document.stripLeading();
        head = head.substring(0, Math.min(head.length(), 1024)).toLowerCase(Locale.ROOT);
        return head.startsWith("<?xml")
                        && (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf"))
                || head.startsWith("<rss")
                || head.startsWith("<feed");
    }

    /** @throws TarjamaException with exit code 4 when the feed is invalid or has no items */
    static Item newestItem(String document, String input) {
        SyndFeed feed;
        try {
            SyndFeedInput reader = new SyndFeedInput();
            reader.setAllowDoctypes(false);
            feed = reader.build(new StringReader(document));
        } catch (FeedException | IllegalArgumentException e) {
            throw TarjamaException.input(input + ": not a valid RSS or Atom feed (" + e.getMessage() + ")");
        }
        List<SyndEntry> entries = feed.getEntries();
        SyndEntry newest = entries.stream()
                .filter(e -> date(e).isPresent())
                .max(Comparator.comparing(e -> date(e).get()))
                .orElse(entries.isEmpty() ? null : entries.get(0));
        if (newest == null) {
            throw TarjamaException.input(input + ": the feed has no items");
        }
        String html = newest.getContents().stream()
                .map(SyndContent::getValue)
                .filter(v -> v != null && !v.isBlank())
                .findFirst()
                .orElse(
                        newest.getDescription() == null
                                ? ""
                                : newest.getDescription().getValue());
        return new Item(
                newest.getTitle() == null ? "" : newest.getTitle().strip(), html == null ? "" : html, newest.getLink());
    }

    private static Optional<Date> date(SyndEntry entry) {
        return Optional.ofNullable(
                entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate());
    }
}
