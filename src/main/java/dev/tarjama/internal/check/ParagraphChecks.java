package dev.tarjama.internal.check;

import dev.tarjama.model.Flag;
import java.util.ArrayList;
import java.util.List;

/** The checks every translated paragraph goes through, in the order their flags are reported. */
public final class ParagraphChecks {
    private final List<ParagraphCheck> checks;

    private ParagraphChecks(List<ParagraphCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    public static ParagraphChecks standard() {
        return new ParagraphChecks(List.of(
                new CompletenessCheck(),
                new NumbersCheck(),
                new HygieneCheck(),
                new TerminologyCheck(),
                new SentenceAnchorsCheck()));
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
