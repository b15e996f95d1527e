package dev.tarjama.internal.check;

import dev.tarjama.internal.lexicon.BilingualLexicon;
import dev.tarjama.internal.lexicon.SentenceCoverage;
import dev.tarjama.model.Flag;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A sentence of the translation that no source word accounts for: the translator (or a model) added it. Each English
 * sentence's content words are looked up in an Arabic–English dictionary against the source words around the same
 * place (see {@link BilingualLexicon#coverage}); a faithful translation leaves about {@link #UNEXPLAINED_RATE} of
 * them unexplained (idioms, words the dictionary lacks), an invented sentence nearly all. The sentence whose count
 * strays furthest above that rate, in standard deviations of a binomial, is flagged past {@link #THRESHOLD}.
 *
 * <p>Calibrated on pseudo-paragraphs of the Tatoeba human translations; {@code HumanTranslationCalibrationTest} prints
 * false alarms per length band and the share of appended invented sentences caught.
 */
public final class AdditionCheck implements ParagraphCheck {
    /** Share of a faithful translation's content words that no source word explains. */
    static final double UNEXPLAINED_RATE = 0.40;
    /** How many standard deviations above that rate a sentence must stray to be flagged. */
    static final double THRESHOLD = 3.0;

    private static final int QUOTE_CHARS = 160;

    private final Supplier<Optional<BilingualLexicon>> lexicon;

    public AdditionCheck(BilingualLexicon lexicon) {
        this(() -> Optional.of(lexicon));
    }

    /** A check over a dictionary still loading: the first paragraph checked waits for it; none means no flags. */
    public AdditionCheck(Supplier<Optional<BilingualLexicon>> lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "addition";
    }

    @Override
    public boolean appliesTo(CheckInput input) {
        return input.sourceLanguage().startsWith("ar")
                && input.targetLanguage().startsWith("en")
                && input.translation() != null
                && !input.translation().isBlank();
    }

    @Override
    public List<Flag> check(CheckInput input) {
        Optional<BilingualLexicon> dictionary = lexicon.get();
        if (!appliesTo(input) || dictionary.isEmpty()) {
            return List.of();
        }
        SentenceCoverage worst = null;
        double worstScore = Double.NEGATIVE_INFINITY;
        for (SentenceCoverage sentence : dictionary.get().coverage(input.source(), input.translation())) {
            double score = score(sentence);
            if (score > worstScore) {
                worst = sentence;
                worstScore = score;
            }
        }
        if (worst == null || worstScore <= THRESHOLD) {
            return List.of();
        }
        return List.of(new Flag(
                name(),
                String.format(
                        Locale.ROOT,
                        "no source word explains %d of the %d content words of \"%s\": the sentence may be invented",
                        worst.unexplained(),
                        worst.contentWords(),
                        quote(worst.sentence()))));
    }

    /** How many standard deviations the sentence's unexplained words stray above the faithful rate. */
    static double score(SentenceCoverage sentence) {
        int k = sentence.contentWords();
        if (k == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double p = UNEXPLAINED_RATE;
        return (sentence.unexplained() - p * k) / Math.sqrt(k * p * (1 - p));
    }

    private static String quote(String sentence) {
        return sentence.length() <= QUOTE_CHARS ? sentence : sentence.substring(0, QUOTE_CHARS - 1) + "…";
    }
}
