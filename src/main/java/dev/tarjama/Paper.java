package dev.tarjama;

import java.util.Locale;

/** The paper a PDF is laid out for, as CSS {@code @page size} names it. */
public enum Paper {
    A4("A4"),
    LETTER("letter");

    private final String cssSize;

    Paper(String cssSize) {
        this.cssSize = cssSize;
    }

    public String cssSize() {
        return cssSize;
    }

    /**
     * "a4" or "letter", any case.
     *
     * @throws TarjamaException when the name is neither
     */
    public static Paper named(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "a4" -> A4;
            case "letter", "us-letter" -> LETTER;
            default -> throw new ConfigurationException("unknown paper '" + name + "'; known: a4, letter");
        };
    }
}
