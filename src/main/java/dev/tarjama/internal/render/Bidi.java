package dev.tarjama.internal.render;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterDirection;

/**
 * Text for HTML whose embedded runs of the opposite direction are isolated in {@code <bdi>}: Arabic figures in an
 * English flag, a Latin name or a number in an Arabic sentence. Without isolation the bidi algorithm lets such a run
 * pull its neighbouring punctuation and numbers across ("7 مليارات, 90 مليار" shown as "7 مليار 90 ,مليارات"). The
 * text itself is never reordered: only the markup around it changes.
 */
public final class Bidi {
    private static final String OPENERS = "([{";
    private static final String CLOSERS = ")]}";

    private Bidi() {}

    /** {@code text}, escaped, in a block of direction {@code rtl} (else ltr), its opposite runs isolated. */
    static String isolate(String text, boolean rtl) {
        return wrap(text, rtl, "<bdi>", "</bdi>");
    }

    /**
     * {@code text}, escaped, with its runs of the opposite direction between {@code open} and {@code close}: for a
     * renderer without {@code <bdi>}, an element with its own {@code dir}.
     */
    static String wrap(String text, boolean rtl, String open, String close) {
        if (text == null) {
            return "";
        }
        StringBuilder html = new StringBuilder(text.length() + 32);
        int runStart = -1;
        int runEnd = -1;
        int plainFrom = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            Strength strength = strength(cp, rtl);
            if (strength == Strength.OPPOSITE || rtl && i == runEnd && attachedToLatin(text, i, cp)) {
                if (runStart < 0) {
                    runStart = i;
                }
                runEnd = next;
            } else if (strength == Strength.BASE && runStart >= 0) {
                plainFrom = close(html, text, plainFrom, runStart, withClosers(text, runStart, runEnd, i), open, close);
                runStart = -1;
            }
            i = next;
        }
        if (runStart >= 0) {
            plainFrom = close(
                    html, text, plainFrom, runStart, withClosers(text, runStart, runEnd, text.length()), open, close);
        }
        html.append(Text.html(text.substring(plainFrom)));
        return html.toString();
    }

    /**
     * The end of a run that opened a bracket it did not close ("Sam Altman (OpenAI"): past the closing brackets that
     * follow it before {@code limit}, the next character of the base direction. Split across the isolate's edge, a
     * pair of brackets is mirrored on one side only and reads ")OpenAI(".
     */
    private static int withClosers(String text, int runStart, int runEnd, int limit) {
        int open = 0;
        for (int i = runStart; i < runEnd; i++) {
            char c = text.charAt(i);
            if (OPENERS.indexOf(c) >= 0) {
                open++;
            } else if (CLOSERS.indexOf(c) >= 0 && open > 0) {
                open--;
            }
        }
        int end = runEnd;
        for (int i = runEnd; i < limit && open > 0; i++) {
            if (CLOSERS.indexOf(text.charAt(i)) >= 0) {
                open--;
                end = i + 1;
            }
        }
        return end;
    }

    /**
     * A figure or joiner written onto a Latin word ("GPT-5", "o1", "COVID-19"): part of the Latin run, or right-to-left
     * text would show it as "5-GPT".
     */
    private static boolean attachedToLatin(String text, int i, int cp) {
        if (Character.isDigit(cp)) {
            return true;
        }
        if ("-._/+".indexOf(cp) < 0 || i + 1 >= text.length()) {
            return false;
        }
        int after = text.codePointAt(i + 1);
        return Character.isDigit(after) || UCharacter.getDirection(after) == UCharacterDirection.LEFT_TO_RIGHT;
    }

    /** The direction a block of this text takes: rtl when most of its strongly directional letters are. */
    public static boolean mostlyRtl(String text) {
        int rtl = 0;
        int ltr = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int direction = UCharacter.getDirection(cp);
            if (direction == UCharacterDirection.RIGHT_TO_LEFT
                    || direction == UCharacterDirection.RIGHT_TO_LEFT_ARABIC) {
                rtl++;
            } else if (direction == UCharacterDirection.LEFT_TO_RIGHT) {
                ltr++;
            }
            i += Character.charCount(cp);
        }
        return rtl > ltr;
    }

    private static int close(
            StringBuilder html, String text, int plainFrom, int runStart, int runEnd, String open, String close) {
        html.append(Text.html(text.substring(plainFrom, runStart)))
                .append(open)
                .append(Text.html(text.substring(runStart, runEnd)))
                .append(close);
        return runEnd;
    }

    private enum Strength {
        BASE,
        OPPOSITE,
        NEUTRAL
    }

    /**
     * In an ltr block, Arabic letters and Arabic-Indic digits are opposite; in an rtl one, Latin letters (with the
     * digits between them). Digits standing alone in Arabic text are left to the bidi algorithm, which keeps them,
     * with a following % sign, in their order.
     */
    private static Strength strength(int cp, boolean rtl) {
        int direction = UCharacter.getDirection(cp);
        boolean strongRtl =
                direction == UCharacterDirection.RIGHT_TO_LEFT || direction == UCharacterDirection.RIGHT_TO_LEFT_ARABIC;
        boolean strongLtr = direction == UCharacterDirection.LEFT_TO_RIGHT;
        if (rtl) {
            return strongLtr ? Strength.OPPOSITE : strongRtl ? Strength.BASE : Strength.NEUTRAL;
        }
        return strongRtl || direction == UCharacterDirection.ARABIC_NUMBER
                ? Strength.OPPOSITE
                : strongLtr ? Strength.BASE : Strength.NEUTRAL;
    }
}
