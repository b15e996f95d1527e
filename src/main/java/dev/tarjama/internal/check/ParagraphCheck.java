package dev.tarjama.internal.check;

import dev.tarjama.model.Flag;
import java.util.List;

/** A deterministic check of one translation against its source. No model is involved. */
public interface ParagraphCheck {
    /** The name flags carry, e.g. {@code numbers}. */
    String name();

    /** Whether the check has anything to verify on this pair (used to report false-alarm rates per check). */
    boolean appliesTo(CheckInput input);

    /** What is wrong with the translation; empty when nothing is. */
    List<Flag> check(CheckInput input);
}
