package dev.tarjama.internal.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers in English text: digits (see {@link DigitNumbers}) and number words — cardinals and their compounds
 * ("four hundred", "twenty-five", "one hundred and twenty million"), ordinals ("fourth"), fractions ("half",
 * "a third") and decades ("the forties"). "One", "two", "first", "second" and "a" alone are left out of what is
 * demanded: English uses them for "a", "someone", "both" and the like, where the source has no number.
 */
final class EnglishNumbers {
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
    private static final Pattern DIGITS_AND_SCALE = Pattern.compile(
            "(\\d+(?:[.,]\\d+)*)\\s*(hundred|thousand|million|billion|trillion)\\b", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Double> UNITS = Map.ofEntries(
            Map.entry("zero", 0.0),
            Map.entry("one", 1.0),
            Map.entry("two", 2.0),
            Map.entry("three", 3.0),
            Map.entry("four", 4.0),
            Map.entry("five", 5.0),
            Map.entry("six", 6.0),
            Map.entry("seven", 7.0),
            Map.entry("eight", 8.0),
            Map.entry("nine", 9.0),
            Map.entry("ten", 10.0),
            Map.entry("eleven", 11.0),
            Map.entry("twelve", 12.0),
            Map.entry("thirteen", 13.0),
            Map.entry("fourteen", 14.0),
            Map.entry("fifteen", 15.0),
            Map.entry("sixteen", 16.0),
            Map.entry("seventeen", 17.0),
            Map.entry("eighteen", 18.0),
            Map.entry("nineteen", 19.0),
            Map.entry("dozen", 12.0));
    private static final Map<String, Double> TENS = Map.of(
            "twenty", 20.0, "thirty", 30.0, "forty", 40.0, "fifty", 50.0, "sixty", 60.0, "seventy", 70.0, "eighty",
            80.0, "ninety", 90.0);
    private static final Map<String, Double> SCALES =
            Map.of("hundred", 100.0, "thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12);
    private static final Map<String, Double> ORDINALS = Map.ofEntries(
            Map.entry("first", 1.0),
            Map.entry("second", 2.0),
            Map.entry("third", 3.0),
            Map.entry("fourth", 4.0),
            Map.entry("fifth", 5.0),
            Map.entry("sixth", 6.0),
            Map.entry("seventh", 7.0),
            Map.entry("eighth", 8.0),
            Map.entry("ninth", 9.0),
            Map.entry("tenth", 10.0),
            Map.entry("eleventh", 11.0),
            Map.entry("twelfth", 12.0),
            Map.entry("thirteenth", 13.0),
            Map.entry("fifteenth", 15.0),
            Map.entry("twentieth", 20.0),
            Map.entry("thirtieth", 30.0),
            Map.entry("hundredth", 100.0));
    private static final Map<String, Double> FRACTIONS = Map.of("half", 0.5, "quarter", 0.25, "thirds", 1.0 / 3);

    private static final Pattern ROMAN =
            Pattern.compile("\\b(?=[MDCLXVI]{2,}\\b)M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})\\b");

    private EnglishNumbers() {}

    /** "World War III", "Henry VIII": candidates for a number on the other side, never demanded (acronyms look alike). */
    private static void romanNumerals(String text, List<NumberMention> mentions) {
        Matcher m = ROMAN.matcher(text);
        while (m.find()) {
            String roman = m.group();
            int value = 0;
            for (int i = 0; i < roman.length(); i++) {
                int v = romanDigit(roman.charAt(i));
                int next = i + 1 < roman.length() ? romanDigit(roman.charAt(i + 1)) : 0;
                value += v < next ? -v : v;
            }
            mentions.add(new NumberMention(roman, Set.of((double) value), false));
        }
    }

    private static int romanDigit(char c) {
        return switch (c) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            case 'L' -> 50;
            case 'C' -> 100;
            case 'D' -> 500;
            default -> 1000;
        };
    }

    static List<NumberMention> find(String text) {
        String ascii = DigitNumbers.asciiDigits(text);
        List<NumberMention> mentions = new ArrayList<>(DigitNumbers.find(ascii, DigitNumbers.Notation.POINT_DECIMAL));
        romanNumerals(text, mentions);
        // "157 billion" is 157×10⁹ and only that; its scale word is then not read again on its own
        Matcher scaled = DIGITS_AND_SCALE.matcher(ascii);
        while (scaled.find()) {
            double scale = SCALES.get(scaled.group(2).toLowerCase(Locale.ROOT));
            Set<Double> values = new LinkedHashSet<>();
            Set<Double> counts =
                    new LinkedHashSet<>(DigitNumbers.readDigits(scaled.group(1), DigitNumbers.Notation.POINT_DECIMAL));
            for (Double v : counts) {
                values.add(v * scale);
            }
            mentions.add(new NumberMention(scaled.group(), values, counts, true));
        }
        String wordsOnly = DIGITS_AND_SCALE.matcher(ascii).replaceAll("$1");
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(wordsOnly.replace('-', ' '));
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        int i = 0;
        while (i < words.size()) {
            if (!isNumberWord(words.get(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < words.size()
                    && (isNumberWord(words.get(end))
                            || words.get(end).equals("and")
                                    && end + 1 < words.size()
                                    && isNumberWord(words.get(end + 1))
                                    && !SCALES.containsKey(words.get(end + 1)))) {
                if (ORDINALS.containsKey(words.get(end - 1)) || FRACTIONS.containsKey(words.get(end - 1))) {
                    break;
                }
                end++;
            }
            mentions.add(combine(words.subList(i, end)));
            i = end;
        }
        return mentions;
    }

    private static boolean isNumberWord(String w) {
        return UNITS.containsKey(w)
                || TENS.containsKey(w)
                || SCALES.containsKey(w)
                || ORDINALS.containsKey(w)
                || FRACTIONS.containsKey(w)
                || decade(w) != null;
    }

    private static Double decade(String w) {
        if (w.endsWith("ies")) {
            return TENS.get(w.substring(0, w.length() - 3) + "y");
        }
        return null;
    }

    private static NumberMention combine(List<String> group) {
        Set<Double> values = new LinkedHashSet<>();
        double total = 0;
        double current = 0;
        boolean demanded = false;
        for (String w : group) {
            if (w.equals("and")) {
                continue;
            }
            if (SCALES.containsKey(w)) {
                double scale = SCALES.get(w);
                double base = current == 0 ? 1 : current;
                values.add(base);
                if (scale == 100) {
                    current = base * 100;
                } else {
                    total += base * scale;
                    current = 0;
                }
                demanded = true;
            } else if (decade(w) != null) {
                values.add(decade(w));
                values.add(1900 + decade(w));
                current += decade(w);
                demanded = true;
            } else {
                double value = UNITS.containsKey(w)
                        ? UNITS.get(w)
                        : TENS.containsKey(w)
                                ? TENS.get(w)
                                : ORDINALS.containsKey(w) ? ORDINALS.get(w) : FRACTIONS.get(w);
                values.add(value);
                if (w.equals("third")) {
                    values.add(1.0 / 3);
                }
                current += value;
                demanded |= value >= 3 && !FRACTIONS.containsKey(w);
            }
        }
        values.add(total + current);
        return new NumberMention(String.join(" ", group), values, demanded);
    }
}
