package dev.tarjama.internal.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A paragraph cut around the first word a query matched, every matched word between the search's marks. */
final class Snippets {
    /** Characters kept on each side of the first match. */
    private static final int AROUND = 120;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    private Snippets() {}

    static String marked(String text, String query) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(query);
        while (word.find()) {
            words.add(Pattern.quote(word.group()));
        }
        if (words.isEmpty()) {
            return cut(text, 0, text.length());
        }
        // a word of the query matches a word of the text that starts with it ("quokka" in "quokkas"), as the
        // index matched it; case and Arabic letters as written
        Pattern match = Pattern.compile(
                "(?<![\\p{L}\\p{M}\\p{N}])(?:" + String.join("|", words) + ")[\\p{L}\\p{M}\\p{N}]*",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Matcher found = match.matcher(text);
        if (!found.find()) {
            return cut(text, 0, Math.min(text.length(), 2 * AROUND));
        }
        int from = Math.max(0, found.start() - AROUND);
        int to = Math.min(text.length(), found.end() + AROUND);
        String window = text.substring(from, to);
        String marked = match.matcher(window)
                .replaceAll(m -> Matcher.quoteReplacement(DeskSearch.OPEN + m.group() + DeskSearch.CLOSE));
        return (from > 0 ? "…" : "") + marked + (to < text.length() ? "…" : "");
    }

    private static String cut(String text, int from, int to) {
        return text.substring(from, to) + (to < text.length() ? "…" : "");
    }
}
