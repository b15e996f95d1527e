package dev.tarjama.internal.render;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import dev.tarjama.model.ArticleCard;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * {@code briefs.atom}: the English briefs as an Atom feed, so readers subscribe to the translations. Written with Rome;
 * links are relative to the feed's own address, as Atom allows, so the output root can be served from anywhere.
 */
public final class BriefsFeed {
    /** The newest entries a feed carries. */
    public static final int SIZE = 50;

    private BriefsFeed() {}

    public static String atom(List<IndexEntry> translated, Instant generated) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle("tarjama — English briefs");
        feed.setDescription("Briefs of the articles this watch translated");
        feed.setUri("urn:tarjama:briefs");
        feed.setLink("index.html");
        feed.setPublishedDate(Date.from(generated));
        List<SyndEntry> entries = new ArrayList<>();
        for (IndexEntry entry : translated.subList(0, Math.min(SIZE, translated.size()))) {
            entries.add(entry(entry));
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("the briefs feed is built from plain values", e);
        }
    }

    private static SyndEntry entry(IndexEntry item) {
        ArticleCard card = item.card();
        SyndEntry entry = new SyndEntryImpl();
        // the same item keeps the same id across cycles and rewrites, as feed readers expect
        entry.setUri("urn:uuid:"
                + java.util.UUID.nameUUIDFromBytes(item.id().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        entry.setTitle(item.title());
        List<SyndLink> links = new ArrayList<>();
        if (!item.files().isEmpty()) {
            links.add(link("alternate", item.href(item.files().get(0)), "text/html"));
        }
        if (card != null && card.link() != null) {
            links.add(link("via", card.link(), null));
        }
        entry.setLinks(links);
        entry.setUpdatedDate(Date.from(item.updated()));
        entry.setPublishedDate(Date.from(item.updated()));
        SyndContent content = new SyndContentImpl();
        content.setType("html");
        content.setValue(content(item));
        entry.setContents(List.of(content));
        return entry;
    }

    private static SyndLink link(String rel, String href, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    /** The brief as escaped HTML (Rome escapes it once more as the element's text, as type="html" wants). */
    private static String content(IndexEntry item) {
        ArticleCard card = item.card();
        StringBuilder html = new StringBuilder();
        if (card != null && !card.originalTitle().isEmpty()) {
            html.append("<p dir=\"")
                    .append(Bidi.mostlyRtl(card.originalTitle()) ? "rtl" : "ltr")
                    .append("\">")
                    .append(Text.html(card.originalTitle()))
                    .append("</p>");
        }
        if (card != null && !card.summary().isEmpty()) {
            html.append("<p>").append(Text.html(card.summary())).append("</p>");
            if (!card.keyPoints().isEmpty()) {
                html.append("<ul>");
                card.keyPoints()
                        .forEach(p -> html.append("<li>").append(Text.html(p)).append("</li>"));
                html.append("</ul>");
            }
        }
        html.append("<p>").append(Text.html("from " + item.source())).append("</p>");
        return html.toString();
    }
}
