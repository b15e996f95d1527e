package dev.tarjama.internal.check;

/**
 * How long an English translation of Arabic text may plausibly be, as a function of the source's length. The ratio of
 * characters varies a lot over a short sentence (an idiom, a name) and less and less over a paragraph, so the bounds
 * narrow with length: around the typical ratio {@link #TYPICAL_RATIO}, the log-ratio may stray by
 * {@code a + b / sqrt(sourceChars)} on either side.
 *
 * <p>Calibrated on pseudo-paragraphs (2 to 12 sentence pairs joined) made from 6,645 of the Tatoeba Arabic→English
 * human translations, at the 0.1% and 99.9% quantiles per length, with a floor so that a style that runs a little
 * longer or shorter than Tatoeba's stays inside; {@code HumanTranslationCalibrationTest} measures the false-alarm rate
 * on the other 6,645 pairs and the detection of a dropped half and an added sentence, and prints them.
 */
final class LengthBounds {
    /** Median English/Arabic character ratio of the human translations. */
    static final double TYPICAL_RATIO = 1.21;
    /** Below this many source characters no bound is judged: one word can be translated by a phrase. */
    static final int MIN_SOURCE_CHARS = 20;

    private static final double LOW_A = 0.05;
    private static final double LOW_B = 4.0;
    private static final double LOW_FLOOR = 0.27;
    private static final double HIGH_A = 0.04;
    private static final double HIGH_B = 3.4;
    private static final double HIGH_FLOOR = 0.25;

    private LengthBounds() {}

    /** The shortest plausible translation, as a fraction of the source's characters. */
    static double minRatio(int sourceChars) {
        double spread = Math.max(LOW_FLOOR, LOW_A + LOW_B / Math.sqrt(sourceChars));
        return TYPICAL_RATIO * Math.exp(-spread);
    }

    /** The longest plausible translation, as a multiple of the source's characters. */
    static double maxRatio(int sourceChars) {
        double spread = Math.max(HIGH_FLOOR, HIGH_A + HIGH_B / Math.sqrt(sourceChars));
        return TYPICAL_RATIO * Math.exp(spread);
    }
}
