package dev.tarjama.internal.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Numbers in Arabic text: digits (see {@link DigitNumbers}) and number words — cardinals in their gender and case
 * forms, teens ("ثمانية عشر"), compounds joined by و ("مئتين وواحد وعشرين" = 221), scale words after a number
 * ("157 مليار", "مئة و عشرون مليون"), ordinals ("الطابق الرابع"), fractions ("النصف"), times ("الثامنة والنصف"),
 * decades ("الأربعينيات"), and spelled digit strings ("تسعة واحد واحد" = 911). Words are read after removing
 * diacritics and tatweel, unifying alef forms, and stripping the clitics و ف ب ل ك and the article.
 */
final class ArabicNumbers {
    private static final Pattern DIACRITICS = Pattern.compile("[\\u064B-\\u065F\\u0670\\u0640]");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}]+|\\d+(?:[.,:]\\d+)*%?");

    /** Kinds of number word, which decide how neighbours combine. */
    private enum Kind {
        UNIT,
        TEN_WORD,
        TENS,
        HUNDREDS,
        SCALE,
        ORDINAL,
        FRACTION,
        DECADE
    }

    private record Word(Kind kind, double value, boolean ambiguous) {}

    private static final Map<String, Word> LEXICON = new HashMap<>();

    private static void add(Kind kind, double value, String... forms) {
        for (String form : forms) {
            LEXICON.put(form, new Word(kind, value, false));
        }
    }

    /** Words that are also common non-number words ("ست" lady, "سبع" lion, "تسع" holds, "خمس"/"ربع" fractions). */
    private static void addAmbiguous(Kind kind, double value, String... forms) {
        for (String form : forms) {
            LEXICON.put(form, new Word(kind, value, true));
        }
    }

    static {
        add(Kind.UNIT, 0, "صفر");
        add(Kind.UNIT, 1, "واحد", "واحدة", "واحده", "واحدا", "احدى", "حادي", "حادية");
        add(Kind.UNIT, 2, "اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثني", "اثنى", "اثنتا", "اثنتي");
        add(Kind.UNIT, 3, "ثلاث", "ثلاثة", "ثلاثه", "تلات", "تلاتة", "تلاتا", "تلاته", "تلت");
        add(Kind.UNIT, 4, "اربع", "اربعة", "اربعه");
        add(Kind.UNIT, 5, "خمسة", "خمسه");
        addAmbiguous(Kind.UNIT, 5, "خمس");
        add(Kind.UNIT, 6, "ستة", "سته", "ستّة");
        addAmbiguous(Kind.UNIT, 6, "ست");
        add(Kind.UNIT, 7, "سبعة", "سبعه");
        addAmbiguous(Kind.UNIT, 7, "سبع");
        add(Kind.UNIT, 8, "ثمانية", "ثمانيه", "ثماني", "ثمان", "تمانية", "تمانيه", "تمنية", "تمنيه", "تمنيا");
        add(Kind.UNIT, 9, "تسعة", "تسعه");
        addAmbiguous(Kind.UNIT, 9, "تسع");
        add(Kind.TEN_WORD, 10, "عشرة", "عشره", "عشر", "عشرا");
        add(Kind.TENS, 20, "عشرون", "عشرين");
        add(Kind.TENS, 30, "ثلاثون", "ثلاثين", "تلاتين");
        add(Kind.TENS, 40, "اربعون", "اربعين");
        add(Kind.TENS, 50, "خمسون", "خمسين");
        add(Kind.TENS, 60, "ستون", "ستين");
        add(Kind.TENS, 70, "سبعون", "سبعين");
        add(Kind.TENS, 80, "ثمانون", "ثمانين");
        add(Kind.TENS, 90, "تسعون", "تسعين");
        add(Kind.HUNDREDS, 100, "مئة", "مائة", "مئه", "مائه");
        addAmbiguous(Kind.HUNDREDS, 100, "مئات", "مئات"); // "hundreds of"
        add(Kind.HUNDREDS, 200, "مئتان", "مئتين", "مئتي", "مائتان", "مائتين", "مائتي");
        String[] unitStems = {"ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع"};
        for (int i = 0; i < unitStems.length; i++) {
            add(Kind.HUNDREDS, 100 * (i + 3), unitStems[i] + "مئة", unitStems[i] + "مائة", unitStems[i] + "ة مئة");
        }
        add(Kind.SCALE, 1e3, "الفا");
        addAmbiguous(Kind.SCALE, 1e3, "الف"); // also the verb "compose", "grow used to": demanded only after a count
        add(Kind.SCALE, 2e3, "الفان", "الفين");
        add(Kind.SCALE, 1e6, "مليون", "مليونا");
        add(Kind.SCALE, 1e9, "مليار", "مليارا", "بليون");
        add(Kind.SCALE, 1e12, "تريليون", "ترليون");
        // plurals alone mean "thousands of", "millions of": a number only with a count before them
        addAmbiguous(Kind.SCALE, 1e3, "آلاف", "الاف");
        addAmbiguous(Kind.SCALE, 1e6, "ملايين");
        addAmbiguous(Kind.SCALE, 1e9, "مليارات", "بلايين");
        addAmbiguous(Kind.SCALE, 1e12, "تريليونات");
        add(Kind.ORDINAL, 1, "اول", "اولى");
        add(Kind.ORDINAL, 2, "ثاني", "ثانية", "ثانيه");
        add(Kind.ORDINAL, 3, "ثالث", "ثالثة", "ثالثه");
        add(Kind.ORDINAL, 4, "رابع", "رابعة", "رابعه");
        add(Kind.ORDINAL, 5, "خامس", "خامسة", "خامسه");
        add(Kind.ORDINAL, 6, "سادس", "سادسة", "سادسه");
        add(Kind.ORDINAL, 7, "سابع", "سابعة", "سابعه");
        add(Kind.ORDINAL, 8, "ثامن", "ثامنة", "ثامنه");
        add(Kind.ORDINAL, 9, "تاسع", "تاسعة", "تاسعه");
        add(Kind.ORDINAL, 10, "عاشر", "عاشرة", "عاشره");
        add(Kind.FRACTION, 0.5, "نصف");
        addAmbiguous(Kind.FRACTION, 0.5, "نص"); // colloquial half; in standard Arabic, "text"
        addAmbiguous(Kind.FRACTION, 0.25, "ربع");
        add(Kind.FRACTION, 1.0 / 3, "ثلث");
        add(Kind.FRACTION, 2.0 / 3, "ثلثي", "ثلثا");
        String[] decades = {"عشرين", "ثلاثين", "اربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"};
        for (int i = 0; i < decades.length; i++) {
            add(Kind.DECADE, 20 + 10 * i, decades[i] + "يات", decades[i] + "ات", decades[i] + "يّات");
        }
    }

    private ArabicNumbers() {}

    /** Every number in {@code text}, digits and words. */
    static List<NumberMention> find(String text) {
        String ascii = DigitNumbers.asciiDigits(text);
        String plain = DIACRITICS
                .matcher(ascii)
                .replaceAll("")
                .replace('أ', 'ا')
                .replace('إ', 'ا')
                .replace('آ', 'ا')
                .replace('ٱ', 'ا');
        // plain figures keep both readings: Arabic print also groups thousands with a dot ("100.000 دولار");
        // a figure with a scale word is read with a decimal point (see read), so "1.351 مليار" is 1.351 billion
        List<NumberMention> mentions = new ArrayList<>(DigitNumbers.find(ascii));
        mentions.addAll(words(plain));
        // English number words inside Arabic text (a quoted phrase, a name) may answer for the translation's
        for (NumberMention english : EnglishNumbers.find(plain)) {
            if (!english.text().chars().allMatch(Character::isDigit)) {
                mentions.add(new NumberMention(english.text(), english.values(), english.loose(), false));
            }
        }
        return mentions;
    }

    /**
     * A token as read: its number word (if any), whether it began with و, its digits (if it is a number), and
     * whether punctuation separates it from the token before (a list "واحد، اثنان" is two numbers, not one).
     */
    private record Token(String text, Word word, boolean conjunction, Double digits, boolean afterPunctuation) {}

    private static List<NumberMention> words(String text) {
        List<Token> tokens = new ArrayList<>();
        var m = TOKEN.matcher(text);
        int previousEnd = 0;
        while (m.find()) {
            boolean punctuation = !text.substring(previousEnd, m.start()).isBlank();
            tokens.add(read(m.group(), punctuation));
            previousEnd = m.end();
        }
        List<NumberMention> mentions = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (t.word() == null && t.digits() == null || isPerCent(tokens, i)) {
                i++;
                continue;
            }
            int end = groupEnd(tokens, i);
            NumberMention mention = combine(tokens.subList(i, end));
            if (mention != null) {
                mentions.add(mention);
            }
            i = end;
        }
        return mentions;
    }

    /** "في المئة" after a number is "per cent", not a hundred. */
    private static boolean isPerCent(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return t.word() != null
                && t.word().kind() == Kind.HUNDREDS
                && t.word().value() == 100
                && i > 0
                && tokens.get(i - 1).text().equals("في");
    }

    /** How far a number group starting at {@code start} runs: joined by و, teens, scales, spelled digits. */
    private static int groupEnd(List<Token> tokens, int start) {
        int end = start + 1;
        while (end < tokens.size()) {
            Token next = tokens.get(end);
            if (next.afterPunctuation()) {
                break;
            }
            boolean standaloneAnd = next.text().equals("و")
                    && end + 1 < tokens.size()
                    && tokens.get(end + 1).word() != null;
            if (standaloneAnd) {
                end += 2;
                continue;
            }
            if (next.word() == null) {
                // "بعد المائة" after an ordinal: the sixth after the hundred, 106
                if (next.text().equals("بعد")
                        && end + 1 < tokens.size()
                        && tokens.get(end + 1).word() != null
                        && tokens.get(end + 1).word().kind() == Kind.HUNDREDS) {
                    end += 2;
                    continue;
                }
                break;
            }
            Kind kind = next.word().kind();
            Token previous = tokens.get(end - 1);
            boolean joins = next.conjunction()
                    || kind == Kind.TEN_WORD
                            && previous.word() != null
                            && (previous.word().kind() == Kind.UNIT
                                    || previous.word().kind() == Kind.ORDINAL)
                    || kind == Kind.SCALE
                    || kind == Kind.UNIT
                            && previous.word() != null
                            && previous.word().kind() == Kind.UNIT;
            if (!joins) {
                break;
            }
            end++;
        }
        return end;
    }

    /** The values a group may stand for: its total, its parts, and for spelled digits their concatenation. */
    private static NumberMention combine(List<Token> group) {
        Set<Double> values = new LinkedHashSet<>();
        double total = 0;
        double current = 0;
        boolean allSingleDigits = group.size() > 1;
        StringBuilder concatenated = new StringBuilder();
        boolean ambiguousOnly = true;
        boolean percent = false;
        boolean scaled = false;
        Set<Double> counts = new LinkedHashSet<>();
        StringBuilder text = new StringBuilder();
        for (Token t : group) {
            text.append(text.length() == 0 ? "" : " ").append(t.text());
            if (t.word() == null && t.digits() == null) {
                continue; // "و", "بعد"
            }
            double value = t.digits() != null ? t.digits() : t.word().value();
            Kind kind = t.digits() != null ? Kind.UNIT : t.word().kind();
            if (t.word() == null || !t.word().ambiguous()) {
                ambiguousOnly = false;
            }
            if (kind == Kind.SCALE) {
                double base = current == 0 && total == 0 ? 1 : current + total;
                scaled |= current + total > 0;
                counts.add(base);
                total = base * value;
                current = 0;
            } else if (kind == Kind.TEN_WORD && current > 0 && current < 10) {
                current += 10; // teens: ثمانية عشر, الحادي عشر
            } else {
                current += value;
            }
            values.add(value);
            if (kind == Kind.DECADE) {
                values.add(1900 + value);
            }
            if (t.digits() != null || value >= 10 || value != Math.rint(value)) {
                allSingleDigits = false;
            } else {
                concatenated.append((int) value);
            }
            percent |= t.text().endsWith("%");
        }
        Set<Double> loose = new LinkedHashSet<>();
        if (scaled) {
            // "157 مليار" is 157×10⁹ and only that: a translation saying "157 million" must not pass
            loose.addAll(values);
            loose.addAll(counts);
            values.clear();
        }
        boolean spelledDigits = allSingleDigits
                && concatenated.length() > 1
                && group.stream().noneMatch(t -> t.conjunction() || t.text().equals("و"));
        double largest = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        if (spelledDigits) {
            values.add(Double.parseDouble(concatenated.toString())); // "تسعة واحد واحد": 911, not 11
        } else {
            values.add(total + current);
            largest = Math.max(largest, total + current);
        }
        boolean hasDigits = group.stream().anyMatch(t -> t.digits() != null);
        if (hasDigits && group.size() == 1) {
            return null; // plain digits are DigitNumbers' business
        }
        boolean required = !ambiguousOnly && !percent && (hasDigits || largest >= 3);
        loose.removeAll(values);
        return new NumberMention(text.toString(), values, loose, required);
    }

    private static Token read(String raw, boolean afterPunctuation) {
        if (Character.isDigit(raw.charAt(0))) { // TOKEN's digit branch: digits, separators, perhaps a %
            String digits = raw.endsWith("%") ? raw.substring(0, raw.length() - 1) : raw;
            int colon = digits.indexOf(':');
            List<Double> values = DigitNumbers.readDigits(
                    colon < 0 ? digits : digits.substring(0, colon), DigitNumbers.Notation.POINT_DECIMAL);
            return new Token(raw, null, false, values.get(0), afterPunctuation);
        }
        if (raw.equals("بالمئة") || raw.equals("بالمائة")) {
            return new Token(raw, null, false, null, afterPunctuation); // "per cent", not a hundred
        }
        String word = raw;
        boolean conjunction = false;
        Word found = LEXICON.get(word);
        if (found == null && (word.startsWith("و") || word.startsWith("ف")) && word.length() > 2) {
            word = word.substring(1);
            conjunction = raw.startsWith("و");
            found = LEXICON.get(word);
        }
        if (found == null && word.length() > 2 && "بلك".indexOf(word.charAt(0)) >= 0) {
            String rest = word.substring(1);
            found = LEXICON.get(rest);
            if (found == null && rest.startsWith("ل") && rest.length() > 2) {
                found = LEXICON.get(rest.substring(1)); // للعشرين
            }
            if (found != null) {
                word = rest;
            } else if (rest.startsWith("ال")) {
                word = rest;
            }
        }
        if (found == null && word.startsWith("ال") && word.length() > 3) {
            found = LEXICON.get(word.substring(2));
        }
        return new Token(raw, found, conjunction, null, afterPunctuation);
    }
}
