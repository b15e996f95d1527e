package dev.tarjama.internal.check;

import dev.tarjama.internal.lexicon.BilingualLexicon;
import dev.tarjama.model.Flag;
import java.util.ArrayList;
import java.util.List;

/** The checks every translated paragraph goes through, in the order their flags are reported. */
public final class ParagraphChecks {
    private final List<ParagraphCheck> checks;

    private ParagraphChecks(List<ParagraphCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    /** The checks that need nothing but the text: the addition check is off. */
    public static ParagraphChecks standard() {
        return standard((AdditionCheck) null);
    }

    /** The standard checks with the addition check over {@code lexicon}. */
    public static ParagraphChecks standard(BilingualLexicon lexicon) {
        return standard(lexicon == null ? null : new AdditionCheck(lexicon));
    }

    /**
     * The standard checks, with the addition check over a dictionary that may still be loading.
     *
     * @param lexicon the Arabic–English dictionary as it loads, or {@code null} when none is installed
     */
    public static ParagraphChecks standard(
            java.util.concurrent.CompletableFuture<java.util.Optional<BilingualLexicon>> lexicon) {
        return standard(lexicon == null ? null : new AdditionCheck(lexicon::join));
    }

    private static ParagraphChecks standard(AdditionCheck addition) {
        List<ParagraphCheck> checks = new ArrayList<>(List.of(
                new CompletenessCheck(),
                new NumbersCheck(),
                new HygieneCheck(),
                new TerminologyCheck(),
                new SentenceAnchorsCheck()));
        if (addition != null) {
            checks.add(addition);
        }
        return new ParagraphChecks(checks);
    }

    public List<ParagraphCheck> all() {
        return checks;
    }

    /** Every flag any check raises on {@code input}. */
    public List<Flag> run(CheckInput input) {
        List<Flag> flags = new ArrayList<>();
        for (ParagraphCheck check : checks) {
            flags.addAll(check.check(input));
        }
        return flags;
    }
}
