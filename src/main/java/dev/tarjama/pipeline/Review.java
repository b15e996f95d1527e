package dev.tarjama.pipeline;

import dev.tarjama.TarjamaException;
import java.util.Locale;

/** Which translated paragraphs a model reviews after the deterministic checks: none, every one, or the flagged. */
public enum Review {
    OFF,
    ALL,
    FLAGGED;

    /**
     * "all" (or an empty value, as {@code --review} alone gives), "flagged", "off".
     *
     * @throws TarjamaException with exit code 2 for anything else
     */
    public static Review named(String name) {
        return switch (name == null ? "all" : name.strip().toLowerCase(Locale.ROOT)) {
            case "", "all", "on" -> ALL;
            case "flagged" -> FLAGGED;
            case "off", "none" -> OFF;
            default -> throw TarjamaException.usage("unknown review '" + name + "'; known: all, flagged, off");
        };
    }
}
