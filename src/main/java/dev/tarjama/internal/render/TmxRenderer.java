package dev.tarjama.internal.render;

import dev.tarjama.model.TranslatedArticle;
import dev.tarjama.model.TranslatedParagraph;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code article.tmx}: a TMX 1.4b translation memory, one unit per translated paragraph, for a translator's CAT tool
 * (OmegaT, Trados, memoQ) to reuse the article's renderings. A paragraph that failed has no unit: a memory holds only
 * translations.
 */
final class TmxRenderer implements OutputFormat {
    /** TMX's own date form, "20261129T142500Z". */
    static final DateTimeFormatter TMX_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    @Override
    public String fileName() {
        return "article.tmx";
    }

    @Override
    public void write(TranslatedArticle article, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = XmlDocument.writer(out);
            String created = TMX_DATE.format(article.createdAt());
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeDTD("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">");
            xml.writeCharacters("\n");
            xml.writeStartElement("tmx");
            xml.writeAttribute("version", "1.4");
            xml.writeCharacters("\n  ");
            xml.writeEmptyElement("header");
            xml.writeAttribute("creationtool", "tarjama");
            xml.writeAttribute("creationtoolversion", XmlDocument.toolVersion());
            xml.writeAttribute("datatype", "plaintext");
            xml.writeAttribute("segtype", "paragraph");
            xml.writeAttribute("adminlang", "en");
            xml.writeAttribute("srclang", article.article().language());
            xml.writeAttribute("o-tmf", "tarjama");
            xml.writeAttribute("creationdate", created);
            xml.writeCharacters("\n  ");
            xml.writeStartElement("body");
            for (TranslatedParagraph p : article.paragraphs()) {
                if (p.isOk()) {
                    unit(xml, article, p, created);
                }
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write article.tmx: " + e.getMessage(), e);
        }
    }

    private static void unit(XMLStreamWriter xml, TranslatedArticle article, TranslatedParagraph p, String created)
            throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("tu");
        xml.writeAttribute("tuid", "p" + p.index());
        xml.writeAttribute("creationdate", created);
        String url = Headline.link(article);
        if (url != null) {
            property(xml, "x-source-url", url);
        }
        property(xml, "x-paragraph-kind", p.source().kind().jsonName());
        if (p.isFlagged()) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("note");
            xml.writeCharacters(XmlDocument.clean("checks: "
                    + String.join("; ", p.flags().stream().map(Object::toString).toList())));
            xml.writeEndElement();
        }
        variant(xml, article.article().language(), p.source().text());
        variant(xml, article.targetLanguage(), p.translation());
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
    }

    private static void property(XMLStreamWriter xml, String type, String value) throws XMLStreamException {
        xml.writeCharacters("\n      ");
        xml.writeStartElement("prop");
        xml.writeAttribute("type", type);
        xml.writeCharacters(XmlDocument.clean(value));
        xml.writeEndElement();
    }

    private static void variant(XMLStreamWriter xml, String language, String text) throws XMLStreamException {
        xml.writeCharacters("\n      ");
        xml.writeStartElement("tuv");
        xml.writeAttribute("xml:lang", language);
        xml.writeStartElement("seg");
        xml.writeCharacters(XmlDocument.clean(text));
        xml.writeEndElement();
        xml.writeEndElement();
    }
}
