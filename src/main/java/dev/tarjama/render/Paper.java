package dev.tarjama.render;

import dev.tarjama.TarjamaException;
import java.util.Locale;

/** The paper a PDF is laid out for, as CSS {@code @page size} names it. */
public enum Paper {
    A4("A4"),
    LETTER("letter");

    private final String cssSize;

    Paper(String cssSize) {
        this.cssSize = cssSize;
    }

    String cssSize() {
        return cssSize;
    }

    /**
     * "a4" or "letter", any case.
     *
     * @throws TarjamaException with exit code 2 for any other name
     */
    public static Paper named(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "a4" -> A4;
            case "letter", "us-letter" -> LETTER;
            default -> throw TarjamaException.usage("unknown paper '" + name + "'; known: a4, letter");
        };
    }
}
