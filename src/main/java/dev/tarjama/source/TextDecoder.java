package dev.tarjama.source;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import dev.tarjama.TarjamaException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns article bytes into text. A byte-order mark decides at once; then the charset the server declared, then the one
 * an HTML page declares in its {@code <meta>}, then valid UTF-8; anything else goes to ICU's {@link CharsetDetector},
 * which knows the legacy Arabic encodings (windows-1256, ISO-8859-6) among others. Binary content is refused rather
 * than decoded into noise.
 */
public final class TextDecoder {
    /** Share of control characters above which decoded "text" is taken for binary data. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    public DecodedText decode(ArticleBytes source) {
        byte[] bytes = source.bytes();
        String input = source.input();
        if (bytes.length == 0) {
            throw TarjamaException.input(input + ": is empty");
        }
        DecodedText decoded = decodeByBom(bytes);
        if (decoded == null) {
            refuseKnownBinary(bytes, input);
            decoded = decodeDeclared(bytes, declaredCharset(source.contentType()));
        }
        if (decoded == null) {
            decoded = decodeDeclared(bytes, MetaCharset.of(bytes));
        }
        if (decoded == null) {
            decoded = decodeStrictUtf8(bytes);
        }
        if (decoded == null) {
            decoded = decodeDetected(bytes, source, input);
        }
        refuseControlCharacters(decoded.text(), input);
        if (decoded.text().isBlank()) {
            throw TarjamaException.input(input + ": contains no text");
        }
        return decoded;
    }

    private static DecodedText decodeByBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new DecodedText(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new DecodedText(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new DecodedText(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        return null;
    }

    private static void refuseKnownBinary(byte[] b, String input) {
        if (startsWith(b, "%PDF")) {
            throw TarjamaException.input(input + ": is a PDF document, not text; extract its text first");
        }
        if (startsWith(b, "PK\u0003\u0004")) {
            throw TarjamaException.input(input + ": is a ZIP archive (or a .docx/.odt), not text");
        }
        for (int i = 0, n = Math.min(b.length, 8192); i < n; i++) {
            if (b[i] == 0) {
                throw TarjamaException.input(input + ": is binary data, not text");
            }
        }
    }

    private static boolean startsWith(byte[] b, String magic) {
        if (b.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (b[i] != (byte) magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Decodes in a charset the source names, when Java knows it; a wrong byte here and there becomes U+FFFD. */
    private static DecodedText decodeDeclared(byte[] bytes, String name) {
        if (name == null) {
            return null;
        }
        try {
            Charset charset = Charset.forName(name);
            // a page in UTF-16 cannot declare it in ASCII markup; browsers read such a declaration as UTF-8
            if (charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32")) {
                charset = StandardCharsets.UTF_8;
            }
            return new DecodedText(new String(bytes, charset), charset.name());
        } catch (IllegalArgumentException unknownOrIllegal) {
            return null;
        }
    }

    private static DecodedText decodeStrictUtf8(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return new DecodedText(text, "UTF-8");
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static DecodedText decodeDetected(byte[] bytes, ArticleBytes source, String input) {
        CharsetDetector detector = new CharsetDetector();
        String declared = declaredCharset(source.contentType());
        if (declared != null) {
            detector.setDeclaredEncoding(declared);
        }
        detector.setText(bytes);
        for (CharsetMatch match : detector.detectAll()) {
            String name = match.getName();
            if (!Charset.isSupported(name) || name.toUpperCase(Locale.ROOT).startsWith("UTF-8")) {
                continue;
            }
            return new DecodedText(
                    new String(bytes, Charset.forName(name)),
                    Charset.forName(name).name());
        }
        throw TarjamaException.input(input + ": the text encoding could not be recognised; convert it to UTF-8");
    }

    private static String declaredCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        int at = contentType.toLowerCase(Locale.ROOT).indexOf("charset=");
        if (at < 0) {
            return null;
        }
        String value = contentType
                .substring(at + "charset=".length())
                .replace("\"", "")
                .trim();
        int end = value.indexOf(';');
        return end < 0 ? value : value.substring(0, end).trim();
    }

    private static void refuseControlCharacters(String text, String input) {
        long controls = text.chars()
                .filter(c ->
                        Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t' && c != '\f')
                .count();
        if (controls > Math.max(2, text.length() * MAX_CONTROL_SHARE)) {
            throw TarjamaException.input(input + ": is binary data, not text");
        }
    }
}
