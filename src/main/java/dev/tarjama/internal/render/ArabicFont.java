package dev.tarjama.internal.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;

/**
 * Amiri (SIL Open Font License; licence beside the files), carried inside the jar so that Arabic is drawn in a
 * font made for it wherever the page or the PDF is opened, rather than in whatever fallback a machine happens to
 * have. It covers Latin too, so one family sets both columns of the PDF.
 */
final class ArabicFont {
    static final String FAMILY = "Amiri";
    private static final String REGULAR = "fonts/Amiri-Regular.ttf";
    private static final String BOLD = "fonts/Amiri-Bold.ttf";

    private ArabicFont() {}

    static InputStream regular() {
        return open(REGULAR);
    }

    /** The font's licence (SIL Open Font License 1.1), which travels with every copy of it. */
    static InputStream licence() {
        return open("fonts/OFL.txt");
    }

    /**
     * A face for the PDF with its glyph substitution table (GSUB) hidden. The PDF's Arabic is shaped by ICU into
     * presentation forms before it reaches the font, so the table is not needed; left visible, PDFBox applies its
     * Latin ligatures ("ff", "fi") and writes glyphs that text extraction, search and screen readers cannot map back
     * to letters.
     */
    static InputStream forPdf(boolean bold) {
        try (InputStream in = open(bold ? BOLD : REGULAR)) {
            byte[] font = in.readAllBytes();
            hideTable(font, "GSUB");
            return new java.io.ByteArrayInputStream(font);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renames a table in the font's table directory, so a reader that looks it up by name finds none. */
    private static void hideTable(byte[] font, String tag) {
        int tables = ((font[4] & 0xff) << 8) | (font[5] & 0xff);
        byte[] name = tag.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (int i = 0, record = 12; i < tables; i++, record += 16) {
            if (java.util.Arrays.equals(font, record, record + 4, name, 0, 4)) {
                for (int b = 0; b < 4; b++) {
                    font[record + b] = (byte) Character.toLowerCase(font[record + b]);
                }
                return;
            }
        }
    }

    /** The regular face as a {@code data:} URL, for a page that must stand alone; read once. */
    static String regularDataUrl() {
        return DataUrl.VALUE;
    }

    private static InputStream open(String name) {
        InputStream in = ArabicFont.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("the build lost " + name);
        }
        return in;
    }

    private static final class DataUrl {
        static final String VALUE = load();

        private static String load() {
            try (InputStream in = regular()) {
                return "data:font/ttf;base64," + Base64.getEncoder().encodeToString(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
