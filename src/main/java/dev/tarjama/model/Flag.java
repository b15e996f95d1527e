package dev.tarjama.model;

/**
 * A check's finding about one paragraph: which check, and what it saw, in one line an editor can act on.
 *
 * @param check   the check's name: numbers, completeness, hygiene, terminology, alignment
 * @param message what is wrong, e.g. "157 in the source is missing from the translation"
 */
public record Flag(String check, String message) {
    @Override
    public String toString() {
        return check + ": " + message;
    }
}
