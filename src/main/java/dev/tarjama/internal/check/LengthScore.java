package dev.tarjama.internal.check;

/**
 * How far a translation's length strays from what its source's length predicts, in standard deviations: the
 * Gale–Church model, where the English length is about {@link #RATIO} times the Arabic one and its variance grows in
 * proportion to the source's length, {@code z = (Le - c·La) / sqrt(s²·La)}. A flat ratio bound puts every false
 * alarm on short paragraphs and sees nothing on long ones; the score spreads them evenly over lengths.
 *
 * <p>Fitted on the even lines of the Tatoeba Arabic→English human translations ({@code ../shared/parallel/});
 * {@code HumanTranslationCalibrationTest} measures false alarms per length band on pseudo-paragraphs of the odd lines
 * and prints them. A floor on the ratio keeps a model whose style runs a little longer or shorter than Tatoeba's
 * from being flagged on a long paragraph, where the score alone would be strict.
 */
final class LengthScore {
    /** English characters per Arabic character in the human translations. */
    static final double RATIO = 1.21;
    /** Variance of the English length per Arabic character. */
    static final double VARIANCE = 2.56;
    /** Below this many source characters no length is judged: one word can be translated by a phrase. */
    static final int MIN_SOURCE_CHARS = 20;
    /** Scores below this say part of the translation is missing (0.1% of human translations go lower). */
    static final double SHORT = -3.3;
    /** Scores above this say the translation adds text (0.1% of human translations go higher). */
    static final double LONG = 3.6;
    /** Whatever the score, a translation within these log-ratios of {@link #RATIO} is a matter of style. */
    static final double SHORT_FLOOR = 0.27;

    static final double LONG_FLOOR = 0.25;

    private LengthScore() {}

    /** The score of a translation of {@code targetChars} for a source of {@code sourceChars}. */
    static double z(int sourceChars, int targetChars) {
        return (targetChars - RATIO * sourceChars) / Math.sqrt(VARIANCE * sourceChars);
    }

    /** Whether the translation is too short to be whole. */
    static boolean tooShort(int sourceChars, int targetChars) {
        return sourceChars >= MIN_SOURCE_CHARS
                && z(sourceChars, targetChars) < SHORT
                && targetChars < RATIO * Math.exp(-SHORT_FLOOR) * sourceChars;
    }

    /** Whether the translation is too long to say only what the source says. */
    static boolean tooLong(int sourceChars, int targetChars) {
        return sourceChars >= MIN_SOURCE_CHARS
                && z(sourceChars, targetChars) > LONG
                && targetChars > RATIO * Math.exp(LONG_FLOOR) * sourceChars;
    }
}
