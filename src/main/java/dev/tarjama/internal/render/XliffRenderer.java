package dev.tarjama.internal.render;

import dev.tarjama.model.Flag;
import dev.tarjama.model.TranslatedArticle;
import dev.tarjama.model.TranslatedParagraph;
import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code article.xlf}: XLIFF 1.2, the version CAT tools import most widely, one {@code trans-unit} per paragraph with
 * id {@code p<index>} (the ids {@code tarjama import} reads back). A flagged translation is
 * {@code needs-review-translation}, with the checks' findings and the summary as notes; a paragraph that failed is a
 * unit without a target, for the translator to fill in.
 */
final class XliffRenderer implements OutputFormat {
    static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:1.2";

    @Override
    public String fileName() {
        return "article.xlf";
    }

    @Override
    public void write(TranslatedArticle article, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = XmlDocument.writer(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("xliff");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("version", "1.2");
            xml.writeCharacters("\n  ");
            xml.writeStartElement("file");
            xml.writeAttribute("original", XmlDocument.clean(article.article().input()));
            xml.writeAttribute("source-language", article.article().language());
            xml.writeAttribute("target-language", article.targetLanguage());
            xml.writeAttribute("datatype", "plaintext");
            xml.writeAttribute("date", article.createdAt().toString());
            xml.writeAttribute("tool-id", "tarjama");
            xml.writeCharacters("\n    ");
            xml.writeStartElement("header");
            xml.writeEmptyElement("tool");
            xml.writeAttribute("tool-id", "tarjama");
            xml.writeAttribute("tool-name", "tarjama");
            xml.writeAttribute("tool-version", XmlDocument.toolVersion());
            xml.writeStartElement("note");
            xml.writeCharacters(XmlDocument.clean(Headline.provenance(article)));
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeCharacters("\n    ");
            xml.writeStartElement("body");
            for (TranslatedParagraph p : article.paragraphs()) {
                unit(xml, article, p);
            }
            xml.writeCharacters("\n    ");
            xml.writeEndElement();
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write article.xlf: " + e.getMessage(), e);
        }
    }

    private static void unit(XMLStreamWriter xml, TranslatedArticle article, TranslatedParagraph p)
            throws XMLStreamException {
        xml.writeCharacters("\n      ");
        xml.writeStartElement("trans-unit");
        xml.writeAttribute("id", "p" + p.index());
        xml.writeAttribute("resname", p.source().kind().jsonName());
        xml.writeAttribute("xml:space", "preserve");
        xml.writeCharacters("\n        ");
        xml.writeStartElement("source");
        xml.writeAttribute("xml:lang", article.article().language());
        xml.writeCharacters(XmlDocument.clean(p.source().text()));
        xml.writeEndElement();
        if (p.isOk()) {
            xml.writeCharacters("\n        ");
            xml.writeStartElement("target");
            xml.writeAttribute("xml:lang", article.targetLanguage());
            xml.writeAttribute("state", p.isFlagged() ? "needs-review-translation" : "translated");
            xml.writeCharacters(XmlDocument.clean(p.translation()));
            xml.writeEndElement();
            if (p.summary() != null && !p.summary().isBlank()) {
                note(xml, "tarjama", "3", "Summary: " + p.summary());
            }
            for (Flag flag : p.flags()) {
                note(xml, "tarjama-check", "1", "Check " + flag);
            }
        } else {
            note(xml, "tarjama", "1", "Not translated: " + p.error());
        }
        xml.writeCharacters("\n      ");
        xml.writeEndElement();
    }

    private static void note(XMLStreamWriter xml, String from, String priority, String text) throws XMLStreamException {
        xml.writeCharacters("\n        ");
        xml.writeStartElement("note");
        xml.writeAttribute("from", from);
        xml.writeAttribute("priority", priority);
        xml.writeCharacters(XmlDocument.clean(text));
        xml.writeEndElement();
    }
}
