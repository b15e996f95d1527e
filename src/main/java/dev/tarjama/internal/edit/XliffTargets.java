package dev.tarjama.internal.edit;

import dev.tarjama.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The targets of a post-edited XLIFF 1.2 file, by paragraph: {@code trans-unit id="p7"} → its target's text. Inline
 * markup a CAT tool may add ({@code <g>}, {@code <mrk>}) keeps its text. The file is read without a DTD or external
 * entities, since it comes back from outside.
 */
final class XliffTargets {
    private static final String XLIFF = "urn:oasis:names:tc:xliff:document:1.2";

    private XliffTargets() {}

    /** One unit of ours: its source as written, and its target as the translator left it ({@code null}: none). */
    record Unit(String source, String target) {}

    /** Errors become the exception the parse throws, reported once in words; warnings are not the user's concern. */
    private static final org.xml.sax.ErrorHandler QUIET = new org.xml.sax.ErrorHandler() {
        @Override
        public void warning(org.xml.sax.SAXParseException e) {}

        @Override
        public void error(org.xml.sax.SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
            throw e;
        }
    };

    /**
     * @throws dev.tarjama.InputException when the file cannot be read or is not XLIFF 1.2
     */
    private static String where(Exception e) {
        return e instanceof org.xml.sax.SAXParseException p && p.getLineNumber() > 0
                ? "line " + p.getLineNumber() + ", column " + p.getColumnNumber() + ": "
                : "";
    }

    static Map<Integer, Unit> read(Path file) {
        Document document;
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            javax.xml.parsers.DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(QUIET); // the JDK's default prints "[Fatal Error] …" to stderr before throwing
            document = builder.parse(in);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read it (" + e.getMessage() + ")", e);
        } catch (SAXException | ParserConfigurationException e) {
            throw new InputException(file + ": not a well-formed XLIFF file (" + where(e) + e.getMessage() + ")", e);
        }
        Element root = document.getDocumentElement();
        if (!"xliff".equals(root.getLocalName()) || !XLIFF.equals(root.getNamespaceURI())) {
            throw new InputException(file + ": not an XLIFF 1.2 file (its root is <" + root.getTagName() + ">)");
        }
        Map<Integer, Unit> units = new LinkedHashMap<>();
        NodeList transUnits = root.getElementsByTagNameNS(XLIFF, "trans-unit");
        for (int i = 0; i < transUnits.getLength(); i++) {
            Element unit = (Element) transUnits.item(i);
            String id = unit.getAttribute("id");
            if (!id.matches("p\\d{1,6}")) {
                continue; // not one of ours: a CAT tool's own unit
            }
            NodeList source = unit.getElementsByTagNameNS(XLIFF, "source");
            NodeList target = unit.getElementsByTagNameNS(XLIFF, "target");
            units.put(
                    Integer.parseInt(id.substring(1)),
                    new Unit(
                            source.getLength() == 0 ? null : source.item(0).getTextContent(),
                            target.getLength() == 0 ? null : target.item(0).getTextContent()));
        }
        return units;
    }
}
