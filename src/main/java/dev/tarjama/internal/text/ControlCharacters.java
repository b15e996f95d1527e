package dev.tarjama.internal.text;

import java.util.regex.Pattern;

/**
 * What no text from a page or a model's answer may carry into an output or onto a terminal: terminal escape
 * sequences (a window title, colours, a cursor move), the other C0 and C1 control characters, and the invisible bidi
 * controls that would reorder what a reader sees (U+202E turns the rest of a line around). Line feeds and tabs stay.
 */
public final class ControlCharacters {
    /** CSI (ESC [ … final), OSC (ESC ] … BEL or ST), and two-character escapes (ESC and one more). */
    private static final Pattern ESCAPES = Pattern.compile(
            "\\x1B\\[[0-?]*[ -/]*[@-~]|\\x1B\\][^\\x07\\x1B]*(?:\\x07|\\x1B\\\\)?|\\x1B[@-Z\\\\-_]?|\\x9B[0-?]*[ -/]*[@-~]");

    /** C0 but tab and line feed, DEL, C1, and the bidi embeddings, overrides, isolates and marks. */
    private static final Pattern CONTROLS = Pattern.compile(
            "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u200E\\u200F\\u061C\\u202A-\\u202E\\u2066-\\u2069]");

    private ControlCharacters() {}

    /** {@code text} without them ({@code null} stays {@code null}); a carriage return becomes a line feed. */
    public static String strip(String text) {
        if (text == null) {
            return null;
        }
        if (!needsWork(text)) {
            return text;
        }
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        return CONTROLS.matcher(ESCAPES.matcher(unified).replaceAll("")).replaceAll("");
    }

    private static boolean needsWork(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\t'
                    || c >= 0x7F && c <= 0x9F
                    || c == '\u200E'
                    || c == '\u200F'
                    || c == '\u061C'
                    || c >= '\u202A' && c <= '\u202E'
                    || c >= '\u2066' && c <= '\u2069') {
                return true;
            }
        }
        return false;
    }
}
