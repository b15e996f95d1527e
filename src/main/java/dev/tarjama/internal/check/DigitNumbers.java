package dev.tarjama.internal.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers written with digits, in any script: Western, Arabic-Indic and Persian digits, the Arabic decimal and
 * thousands separators, times ("8:30"), ordinals ("18th"), decades ("1990s", "the '40s"), and scale suffixes
 * ("7bn"). A digit run glued to a Latin letter before it ("MP3", "o1", "n00b") or to a word after it ("7alak") is
 * a name, not a quantity: it may satisfy a number on the other side but is never demanded.
 */
final class DigitNumbers {
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{IsLatin}\\d.,])(\\d+(?:[.,]\\d+)*)(?::(\\d{2}))?(?:(['’]?s\\b)|(st|nd|rd|th)\\b|(bn|mn|m|k|km|kg|cm|mm|g|h|am|pm|ms)\\b)?");
    private static final Pattern EMBEDDED = Pattern.compile("(?<=\\p{IsLatin})\\d+|\\d+(?=\\p{IsLatin}{2,})");
    private static final Pattern COMMA_THOUSANDS = Pattern.compile("\\d{1,3}(?:,\\d{3})++");
    private static final Pattern DOT_THOUSANDS = Pattern.compile("\\d{1,3}(?:\\.\\d{3})++");
    private static final Pattern ONE_DOT = Pattern.compile("\\d++\\.\\d++");
    private static final Pattern DECADE_APOSTROPHE = Pattern.compile("['’](\\d{2})s\\b");

    private DigitNumbers() {}

    /** Arabic-Indic (U+0660…) and Persian (U+06F0…) digits as ASCII; the Arabic decimal and thousands marks as '.' and ','. */
    static String asciiDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0660' && c <= '\u0669') {
                out.append((char) ('0' + c - '\u0660'));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                out.append((char) ('0' + c - '\u06F0'));
            } else if (c == '\u066B') {
                out.append('.');
            } else if (c == '\u066C') {
                out.append(',');
            } else if (c == '\u066A') {
                out.append('%');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** How a language writes a number's decimal point and digit groups. */
    enum Notation {
        /**
         * English, and an Arabic figure before a scale word: "." (Arabic "٫") is the decimal point and "," (Arabic
         * "٬") groups digits, so "1.351 million" is 1,351,000 and never 1,351 million. Only a number with several
         * dots ("1.000.000") groups with them.
         */
        POINT_DECIMAL,
        /** A language whose writers use either convention: "1.351" stands for 1.351 and for 1351. */
        EITHER
    }

    /** Every digit number in {@code text} (already in ASCII digits), in order, read the ambiguous way. */
    static List<NumberMention> find(String text) {
        return find(text, Notation.EITHER);
    }

    /** Every digit number in {@code text} (already in ASCII digits), in order. */
    static List<NumberMention> find(String text, Notation notation) {
        List<NumberMention> mentions = new ArrayList<>();
        Matcher decade = DECADE_APOSTROPHE.matcher(text);
        while (decade.find()) {
            double d = Double.parseDouble(decade.group(1));
            mentions.add(new NumberMention(decade.group(), Set.of(d, 1900 + d), true));
        }
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            if (isEmbedded(text, m.start(), m.end())) {
                continue;
            }
            Set<Double> values = new LinkedHashSet<>(readDigits(m.group(1), notation));
            if (m.group(2) != null) {
                double minutes = Double.parseDouble(m.group(2));
                double hours = values.iterator().next();
                values.add(minutes);
                values.add(hours + minutes / 60);
            }
            if (m.group(3) != null) { // a decade: 1990s, 40s
                double first = values.iterator().next();
                if (first < 100) {
                    values.add(1900 + first);
                } else {
                    values.add(first % 100);
                }
            }
            if (m.group(5) != null) {
                String unit = m.group(5);
                // "m" is metres or millions ("1.8m", "$5m"): both readings stay candidates
                double scale = switch (unit) {
                    case "bn" -> 1e9;
                    case "mn", "m" -> 1e6;
                    case "k" -> 1e3;
                    default -> 1;
                };
                if (scale != 1) {
                    for (Double v : List.copyOf(values)) {
                        values.add(v * scale);
                    }
                }
            }
            mentions.add(new NumberMention(m.group(), values, true));
        }
        Matcher embedded = EMBEDDED.matcher(text);
        while (embedded.find()) {
            mentions.add(new NumberMention(embedded.group(), Set.of(Double.parseDouble(embedded.group())), false));
        }
        return mentions;
    }

    private static boolean isEmbedded(String text, int start, int end) {
        if (start > 0 && Character.UnicodeScript.of(text.codePointBefore(start)) == Character.UnicodeScript.LATIN) {
            return true;
        }
        // digits running into a Latin word that is no unit or suffix: Arabizi such as "7alak"
        int after = end;
        int letters = 0;
        while (after < text.length()
                && Character.isLetter(text.charAt(after))
                && Character.UnicodeScript.of(text.charAt(after)) == Character.UnicodeScript.LATIN) {
            after++;
            letters++;
        }
        return letters >= 2 && end < text.length() && Character.isLetter(text.charAt(end));
    }

    /** "1.2.5" as "12.5": every dot but the last removed. */
    private static String onlyLastDot(String digits) {
        int last = digits.lastIndexOf('.');
        return last < 0 ? digits : digits.substring(0, last).replace(".", "") + digits.substring(last);
    }

    /** "3,000,000.99", "1.351", "100.000" (European thousands: also 100000), "1,5" (decimal comma: also 1.5). */
    static List<Double> readDigits(String digits) {
        return readDigits(digits, Notation.EITHER);
    }

    /** The values {@code digits} can stand for in {@code notation}: one, or two where the notation is ambiguous. */
    static List<Double> readDigits(String digits, Notation notation) {
        List<Double> values = new ArrayList<>();
        if (notation == Notation.POINT_DECIMAL) {
            String grouped = digits.replace(",", "");
            values.add(Double.parseDouble(
                    DOT_THOUSANDS.matcher(digits).matches() && digits.indexOf('.') != digits.lastIndexOf('.')
                            ? grouped.replace(".", "")
                            : onlyLastDot(grouped)));
            return values;
        }
        boolean hasComma = digits.indexOf(',') >= 0;
        boolean hasDot = digits.indexOf('.') >= 0;
        if (hasComma && hasDot) {
            values.add(Double.parseDouble(digits.replace(",", "")));
        } else if (hasComma) {
            values.add(Double.parseDouble(digits.replace(",", "")));
            if (!COMMA_THOUSANDS.matcher(digits).matches()) {
                values.add(Double.parseDouble(onlyLastDot(digits.replace(',', '.'))));
            }
        } else if (hasDot) {
            if (ONE_DOT.matcher(digits).matches()) {
                values.add(Double.parseDouble(digits));
            }
            if (DOT_THOUSANDS.matcher(digits).matches()) {
                values.add(Double.parseDouble(digits.replace(".", "")));
            }
            if (values.isEmpty()) {
                values.add(Double.parseDouble(digits.replace(".", "")));
            }
        } else {
            values.add(Double.parseDouble(digits));
        }
        return values;
    }
}
