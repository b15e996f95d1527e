package dev.tarjama.internal.extract;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;

/**
 * Reads RSS (0.9x, 1.0, 2.0) and Atom feeds: every item up to a limit, newest first, each with its full content when
 * the feed carries it. {@link FeedSlicer} cuts the document down to those items as it streams; Rome reads the rest,
 * with document type declarations refused.
 */
public final class FeedReader {
    private static final int HEAD = 1024;

    /** Whether bytes served as {@code contentType} (which may be {@code null}) are a feed. */
    public static boolean looksLikeFeed(String contentType, byte[] bytes) {
        if (contentType != null) {
            String type = contentType.toLowerCase(Locale.ROOT);
            if (type.contains("rss") || type.contains("atom")) {
                return true;
            }
            if (type.contains("html")) {
                return false;
            }
        }
        String head = new String(bytes, 0, Math.min(bytes.length, HEAD), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        int root = head.indexOf('<', head.startsWith("<?xml") ? head.indexOf("?>") + 2 : 0);
        // past comments, processing instructions and a document type declaration to the root element
        while (root >= 0 && (head.startsWith("<!", root) || head.startsWith("<?", root))) {
            int end = head.indexOf('>', root);
            root = end < 0 ? -1 : head.indexOf('<', end);
        }
        return root >= 0
                && (head.startsWith("<rss", root)
                        || head.startsWith("<feed", root)
                        || head.startsWith("<rdf:rdf", root));
    }

    /**
     * @param bytes the feed as served (XML declares its own encoding)
     * @param limit how many items to keep, the newest
     * @throws FeedException when the feed is broken or refused; its message says which, in a phrase
     */
    public Feed read(byte[] bytes, int limit) throws FeedException {
        FeedSlicer.Slice slice;
        try {
            slice = new FeedSlicer().slice(bytes, Math.max(1, limit));
        } catch (FeedSlicer.FeedRefusedException e) {
            throw new FeedException("refused: " + e.getMessage());
        } catch (XMLStreamException e) {
            throw new FeedException("not well-formed XML (" + firstLine(e.getMessage()) + ")");
        }
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        SyndFeed feed;
        try {
            feed = input.build(new StringReader(slice.xml()));
        } catch (IllegalArgumentException e) {
            throw new FeedException("not an RSS or Atom feed (" + firstLine(e.getMessage()) + ")");
        }
        List<SyndEntry> entries = new ArrayList<>(feed.getEntries());
        entries.sort(Comparator.comparing(FeedReader::date, Comparator.nullsLast(Comparator.reverseOrder())));
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : entries.subList(0, Math.min(limit, entries.size()))) {
            items.add(item(entry));
        }
        return new Feed(text(feed.getTitle()), items, slice.total());
    }

    private static FeedItem item(SyndEntry entry) {
        String content = entry.getContents().stream()
                .map(SyndContent::getValue)
                .filter(value -> value != null && !value.isBlank())
                .findFirst()
                .orElse(null);
        String summary =
                entry.getDescription() == null ? null : entry.getDescription().getValue();
        Date date = date(entry);
        String author = entry.getAuthor() == null || entry.getAuthor().isBlank()
                ? null
                : entry.getAuthor().strip();
        return new FeedItem(
                text(entry.getTitle()),
                webAddress(entry.getLink()),
                blankToNull(entry.getUri()),
                date == null ? null : DateTimeFormatter.ISO_INSTANT.format(date.toInstant()),
                author,
                content,
                summary);
    }

    private static Date date(SyndEntry entry) {
        return entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    /** An item's link when it is an http(s) address; anything else ({@code javascript:}, {@code file:}) is dropped. */
    private static String webAddress(String link) {
        String value = blankToNull(link);
        return value != null && value.toLowerCase(Locale.ROOT).matches("https?://\\S+") ? value : null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        String line = message.lines().findFirst().orElse("").strip();
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }
}
