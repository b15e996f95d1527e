package dev.tarjama.internal.source;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import dev.tarjama.InputException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Turns article bytes into text, never into something worse than the bytes. A byte-order mark decides at once; then
 * the charset the server declared, then the one an HTML page declares in its {@code <meta>}, each only if the bytes
 * decode in it cleanly (a declaration that does not fit is said and set aside); then UTF-8, also when only a few bytes
 * break it (a stray byte in a long article: those are replaced and counted, rather than the whole article read in
 * another charset); anything else goes to ICU's {@link CharsetDetector}, which knows the legacy Arabic encodings
 * (windows-1256, ISO-8859-6) among others. Binary content, and text that decodes mostly into replacement characters,
 * are refused rather than paid for.
 */
public final class TextDecoder {
    /** Share of control characters above which decoded "text" is taken for binary data. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    /** At most this share of malformed bytes (one in a thousand) still reads as UTF-8 with them replaced. */
    private static final double MAX_BROKEN_UTF8_SHARE = 0.001;

    /** Above this share of replacement characters among the letters, the text is not worth translating. */
    private static final double MAX_REPLACEMENT_SHARE = 0.05;

    private final Consumer<String> warnings;

    /** @param warnings told, in one line each, when a declaration was set aside or bytes were replaced */
    public TextDecoder(Consumer<String> warnings) {
        this.warnings = warnings;
    }

    public DecodedText decode(ArticleBytes source) {
        byte[] bytes = source.bytes();
        String input = source.input();
        if (bytes.length == 0) {
            throw new InputException(input + ": is empty");
        }
        DecodedText decoded = decodeByBom(bytes);
        if (decoded == null) {
            refuseKnownBinary(bytes, input);
            decoded = declared(bytes, declaredCharset(source.contentType()), "the server", input);
        }
        if (decoded == null) {
            decoded = declared(bytes, MetaCharset.of(bytes), "the page's <meta>", input);
        }
        if (decoded == null) {
            decoded = decodeStrict(bytes, StandardCharsets.UTF_8);
        }
        if (decoded == null) {
            decoded = nearlyUtf8(bytes, input);
        }
        if (decoded == null) {
            decoded = decodeDetected(bytes, source, input);
        }
        refuseControlCharacters(decoded.text(), input);
        refuseReplacements(decoded, input);
        if (decoded.text().isBlank()) {
            throw new InputException(input + ": contains no text");
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
            throw new InputException(input + ": is a PDF document, not text; extract its text first");
        }
        if (startsWith(b, "PK\u0003\u0004")) {
            throw new InputException(input + ": is a ZIP archive (or a .docx/.odt), not text");
        }
        for (int i = 0, n = Math.min(b.length, 8192); i < n; i++) {
            if (b[i] == 0) {
                throw new InputException(input + ": is binary data, not text");
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

    /**
     * Decodes in a charset the source names, when Java knows it and every byte fits it; a declaration the bytes
     * contradict (a page in windows-1256 served as UTF-8) is set aside, with a warning, for what comes next.
     */
    private DecodedText declared(byte[] bytes, String name, String who, String input) {
        if (name == null) {
            return null;
        }
        Charset charset;
        try {
            charset = Charset.forName(name);
        } catch (IllegalArgumentException unknownOrIllegal) {
            return null;
        }
        // a page in UTF-16 cannot declare it in ASCII markup; browsers read such a declaration as UTF-8
        if (charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32")) {
            charset = StandardCharsets.UTF_8;
        }
        DecodedText clean = decodeStrict(bytes, charset);
        if (clean == null) {
            warnings.accept(input + ": " + who + " says " + name + ", but the bytes are not " + charset.name()
                    + "; the text is read in the charset they are");
        }
        return clean;
    }

    /** The bytes in {@code charset}, or {@code null} when one of them does not fit it. */
    private static DecodedText decodeStrict(byte[] bytes, Charset charset) {
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return new DecodedText(text, charset.name());
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * UTF-8 with its few malformed bytes replaced: text that is UTF-8 but for a stray byte stays UTF-8 — read in a
     * legacy charset instead, the whole article would turn to nonsense and still be paid for.
     */
    private DecodedText nearlyUtf8(byte[] bytes, String input) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        String text;
        try {
            text = utf8.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        long replaced = text.chars().filter(c -> c == '\uFFFD').count();
        long multibyte = text.chars().filter(c -> c >= 0x80 && c != '\uFFFD').count();
        if (replaced == 0
                || replaced > Math.max(1, bytes.length * MAX_BROKEN_UTF8_SHARE)
                || multibyte < replaced * 20) {
            return null;
        }
        warnings.accept(input + ": " + replaced + " byte" + (replaced == 1 ? " is" : "s are") + " not UTF-8 and "
                + (replaced == 1 ? "was" : "were") + " replaced (U+FFFD); the rest is UTF-8");
        return new DecodedText(text, "UTF-8");
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
        throw new InputException(input + ": the text encoding could not be recognised; convert it to UTF-8");
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

    /** Text that decoded mostly into replacement characters is not worth a request. */
    private static void refuseReplacements(DecodedText decoded, String input) {
        String text = decoded.text();
        long letters = text.codePoints().filter(Character::isLetter).count();
        long replaced = text.chars().filter(c -> c == '\uFFFD').count();
        if (replaced > 0 && replaced > (letters + replaced) * MAX_REPLACEMENT_SHARE) {
            throw new InputException(
                    input + ": " + replaced + " characters could not be decoded (read as " + decoded.charset()
                            + "); the file is not text in a charset tarjama recognises; convert it to UTF-8");
        }
    }

    private static void refuseControlCharacters(String text, String input) {
        long controls = text.chars()
                .filter(c ->
                        Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t' && c != '\f')
                .count();
        if (controls > Math.max(2, text.length() * MAX_CONTROL_SHARE)) {
            throw new InputException(input + ": is binary data, not text");
        }
    }
}
