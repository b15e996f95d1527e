package dev.tarjama.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** Parses XML the way a strict consumer would: every validity error fails, with its line. */
public final class Xml {
    private Xml() {}

    /** {@code file} parsed and validated against the DTD its DOCTYPE names, served from {@code dtdResource}. */
    public static Document validatedByDtd(Path file, String dtdResource) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setValidating(true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setEntityResolver((publicId, systemId) -> {
            InputStream dtd = Xml.class.getResourceAsStream(dtdResource);
            if (dtd == null) {
                throw new IllegalStateException("missing test resource " + dtdResource);
            }
            return new InputSource(dtd);
        });
        Errors errors = new Errors();
        builder.setErrorHandler(errors);
        Document document = builder.parse(file.toFile());
        errors.assertNone(file);
        if (document.getDoctype() == null) {
            throw new AssertionError(file + " declares no DOCTYPE");
        }
        return document;
    }

    /** {@code file} validated against the W3C XML schema at classpath {@code xsdResource}, then parsed. */
    public static Document validatedBySchema(Path file, String xsdResource) throws Exception {
        URL xsd = Xml.class.getResource(xsdResource);
        if (xsd == null) {
            throw new IllegalStateException("missing schema " + xsdResource + " on the test classpath");
        }
        Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(new StreamSource(xsd.openStream(), xsd.toExternalForm()));
        var validator = schema.newValidator();
        Errors errors = new Errors();
        validator.setErrorHandler(errors);
        validator.validate(
                new StreamSource(Files.newInputStream(file), file.toUri().toString()));
        errors.assertNone(file);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static final class Errors implements ErrorHandler {
        final List<String> found = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) {
            found.add("line " + e.getLineNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            found.add("line " + e.getLineNumber() + ": " + e.getMessage());
        }

        void assertNone(Path file) throws IOException {
            if (!found.isEmpty()) {
                throw new AssertionError(file + " is not valid:\n" + String.join("\n", found));
            }
        }
    }
}
