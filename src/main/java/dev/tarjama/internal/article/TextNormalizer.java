package dev.tarjama.internal.article;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.UnicodeSet;
import dev.tarjama.internal.text.ControlCharacters;
import java.util.regex.Pattern;

/**
 * Brings text to one canonical form before anything looks at it: NFC, no invisible bidi controls or byte-order
 * marks (they steer rendering, not meaning, and would break comparisons), Unix line ends, and inline
 * formatting tags such as {@code <b>…</b>} removed. Other markup, {@code <script>} included, is left as text:
 * in a plain-text article it is something the author wrote, and renderers escape it.
 */
final class TextNormalizer {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    /** LRM, RLM, ALM, the embeddings and overrides, the isolates, and the BOM / zero-width no-break space. */
    private static final UnicodeSet INVISIBLE_CONTROLS =
            new UnicodeSet("[\\u200E\\u200F\\u061C\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]").freeze();

    private static final Pattern INLINE_TAGS = Pattern.compile(
            "</?(?:b|i|u|em|strong|span|font|small|big|mark|sub|sup)(?:\\s[^<>]*)?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HORIZONTAL_SPACE =
            Pattern.compile("[\\t\\x{00A0}\\x{2000}-\\x{200A}\\x{202F}\\x{205F}\\x{3000} ]+");

    /**
     * Whole-document normalisation: NFC, invisible controls removed, line ends unified, and no terminal escape
     * sequence or other control character left to reach an output or a terminal.
     */
    String normalizeDocument(String text) {
        String unified = ControlCharacters.strip(text.replace("\f", "\n"));
        return INVISIBLE_CONTROLS.stripFrom(NFC.normalize(unified), true);
    }

    /** One paragraph: inline tags removed, runs of spaces folded, trimmed. */
    String cleanParagraph(String text) {
        String untagged = INLINE_TAGS.matcher(text).replaceAll("");
        return HORIZONTAL_SPACE.matcher(untagged).replaceAll(" ").strip();
    }

    /** True when the raw line was wholly wrapped in bold or strong markup, a common way to mark a title. */
    static boolean isWhollyBold(String rawLine) {
        String s = rawLine.strip().toLowerCase(java.util.Locale.ROOT);
        return (s.startsWith("<b>") && s.endsWith("</b>")) || (s.startsWith("<strong>") && s.endsWith("</strong>"));
    }
}
