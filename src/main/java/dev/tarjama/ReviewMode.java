package dev.tarjama;

import java.util.Locale;

/** Which translated paragraphs a model reviews after the deterministic checks: none, every one, or the flagged. */
public enum ReviewMode {
    OFF,
    ALL,
    FLAGGED;

    /**
     * "all" (or an empty value, as {@code --review} alone gives), "flagged", "off".
     *
     * @throws TarjamaException when the name is none of these
     */
    public static ReviewMode named(String name) {
        return switch (name == null ? "all" : name.strip().toLowerCase(Locale.ROOT)) {
            case "", "all", "on" -> ALL;
            case "flagged" -> FLAGGED;
            case "off", "none" -> OFF;
            default -> throw new ConfigurationException("unknown review '" + name + "'; known: all, flagged, off");
        };
    }
}
