package dev.tarjama.internal.extract;

import com.rometools.rome.io.impl.DateParser;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.Set;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.XMLEvent;

/**
 * Streams through a feed and keeps only its newest items, so that reading a feed of any length takes memory for the
 * items used, not for the whole document: the feed's own elements are copied as they pass, each item is held until the
 * next one is read and dropped unless it is among the newest. What comes out is a small feed of the same format for
 * Rome to read. Document type declarations are refused: they are how an XML document reaches for local files.
 */
final class FeedSlicer {
    private static final Set<String> ITEMS = Set.of("item", "entry");
    private static final Set<String> DATES = Set.of("pubDate", "published", "updated", "date", "issued", "modified");
    private static final String PLACE = "tarjama-items";

    private final XMLInputFactory inputs = XMLInputFactory.newFactory();
    private final XMLOutputFactory outputs = XMLOutputFactory.newFactory();
    private final XMLEventFactory events = XMLEventFactory.newFactory();

    FeedSlicer() {
        inputs.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        inputs.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        inputs.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        inputs.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    /** The feed, cut down to its skeleton and newest {@code limit} items. */
    record Slice(String xml, int total) {}

    private record Kept(String xml, Date date, int position) {}

    private static final Comparator<Kept> NEWEST_FIRST = Comparator.comparing(
                    (Kept k) -> k.date() == null ? new Date(Long.MIN_VALUE) : k.date())
            .reversed()
            .thenComparingInt(Kept::position);

    Slice slice(byte[] bytes, int limit) throws XMLStreamException, FeedRefusedException {
        StringWriter skeleton = new StringWriter();
        XMLEventReader reader = inputs.createXMLEventReader(new ByteArrayInputStream(bytes));
        XMLEventWriter writer = outputs.createXMLEventWriter(skeleton);
        // the oldest of the kept items on top, to be dropped first
        PriorityQueue<Kept> kept = new PriorityQueue<>(NEWEST_FIRST.reversed());
        int total = 0;
        boolean placed = false;
        try {
            while (reader.hasNext()) {
                XMLEvent event = reader.nextEvent();
                if (event.getEventType() == XMLEvent.DTD) {
                    throw new FeedRefusedException(
                            "it declares a document type (DOCTYPE), which can reach for local files");
                }
                if (event.isStartElement()
                        && ITEMS.contains(event.asStartElement().getName().getLocalPart())) {
                    if (!placed) {
                        writer.add(events.createComment(PLACE));
                        placed = true;
                    }
                    kept.add(item(event, reader, total++));
                    if (kept.size() > limit) {
                        kept.poll();
                    }
                    continue;
                }
                if (event.getEventType() != XMLEvent.START_DOCUMENT) {
                    writer.add(event);
                }
            }
        } finally {
            reader.close();
        }
        writer.flush();
        List<Kept> newest = new ArrayList<>(kept);
        newest.sort(NEWEST_FIRST);
        StringBuilder items = new StringBuilder();
        newest.forEach(k -> items.append(k.xml()));
        String xml = skeleton.toString().replace("<!--" + PLACE + "-->", items);
        return new Slice(xml, total);
    }

    /** Copies one item, from its start element to its end, noting its date. */
    private Kept item(XMLEvent start, XMLEventReader reader, int position) throws XMLStreamException {
        StringWriter text = new StringWriter();
        XMLEventWriter writer = outputs.createXMLEventWriter(text);
        writer.add(start);
        int depth = 1;
        String dateElement = null;
        StringBuilder dateText = new StringBuilder();
        Date date = null;
        while (depth > 0 && reader.hasNext()) {
            XMLEvent event = reader.nextEvent();
            writer.add(event);
            if (event.isStartElement()) {
                depth++;
                String name = event.asStartElement().getName().getLocalPart();
                if (depth == 2 && DATES.contains(name)) {
                    dateElement = name;
                    dateText.setLength(0);
                }
            } else if (event.isEndElement()) {
                depth--;
                if (dateElement != null && depth == 1) {
                    Date parsed = DateParser.parseDate(dateText.toString().strip(), Locale.US);
                    if (parsed != null
                            && (date == null || dateElement.equals("pubDate") || dateElement.equals("published"))) {
                        date = parsed;
                    }
                    dateElement = null;
                }
            } else if (event.isCharacters() && dateElement != null) {
                dateText.append(event.asCharacters().getData());
            }
        }
        writer.flush();
        return new Kept(text.toString(), date, position);
    }

    /** A feed refused for what it is, not for being broken. */
    static final class FeedRefusedException extends Exception {
        FeedRefusedException(String why) {
            super(why);
        }
    }
}
