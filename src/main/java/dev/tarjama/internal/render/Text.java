package dev.tarjama.internal.render;

import java.util.regex.Pattern;

/** Escaping and small text facts the renderers share. */
public final class Text {
    private static final Pattern MD_SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>|~#])");
    private static final Pattern MD_BULLET_START = Pattern.compile("^(\\s*)([-+=])");
    private static final Pattern MD_NUMBER_START = Pattern.compile("^(\\s*\\d+)([.)])");

    private Text() {}

    /** Text for HTML element content or a quoted attribute value. */
    public static String html(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Text for a Markdown paragraph: markup characters backslash-escaped, so article text stays text. */
    static String markdown(String text) {
        if (text == null) {
            return "";
        }
        String escaped = MD_SPECIAL.matcher(text.replace("\n", " ")).replaceAll("\\\\$1");
        escaped = MD_BULLET_START.matcher(escaped).replaceFirst("$1\\\\$2");
        return MD_NUMBER_START.matcher(escaped).replaceFirst("$1\\\\$2");
    }
}
