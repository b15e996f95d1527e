package dev.tarjama.internal.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Properties;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * What the XML formats (TMX, XLIFF) share: a streaming writer, which escapes markup, and the text cleaning XML 1.0
 * needs beyond escaping — control characters, lone surrogates and U+FFFE/U+FFFF cannot appear in a document at all,
 * escaped or not, and an article from the web can carry any of them.
 */
final class XmlDocument {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private static final String VERSION = readVersion();

    private XmlDocument() {}

    static XMLStreamWriter writer(OutputStream out) throws IOException {
        try {
            return FACTORY.createXMLStreamWriter(out, "UTF-8");
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** {@code text} without the characters XML 1.0 forbids; {@code ""} for null. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            boolean allowed = cp == 0x9
                    || cp == 0xA
                    || cp == 0xD
                    || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD)
                    || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (!allowed && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (allowed && out != null) {
                out.appendCodePoint(cp);
            }
            i += width;
        }
        return out == null ? text : out.toString();
    }

    /** The version Maven stamped into the build, for a file's creation-tool fields. */
    static String toolVersion() {
        return VERSION;
    }

    private static String readVersion() {
        Properties properties = new Properties();
        try (InputStream in = XmlDocument.class.getResourceAsStream("/dev/tarjama/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // a development build without the stamped file
        }
        return properties.getProperty("version", "development");
    }
}
