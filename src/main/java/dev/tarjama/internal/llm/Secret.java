package dev.tarjama.internal.llm;

import java.util.Objects;

/**
 * An API key. Its {@link #toString()} never shows the value, so a key that reaches a log line, an exception
 * message or a record's string form by accident still stays secret; {@link #redact(String)} scrubs it from
 * text that came back from a server.
 */
public final class Secret {
    private static final int FRAGMENT = 8;

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /** A secret, or {@code null} when the value is null or blank. */
    public static Secret ofNullable(String value) {
        return value == null || value.isBlank() ? null : new Secret(value.strip());
    }

    /** The key itself, for the one place that puts it on the wire. */
    public String reveal() {
        return value;
    }

    /** {@code text} with every occurrence of the key, and of its longer fragments, replaced by a mask. */
    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String result = text.replace(value, "***");
        // servers echo keys half-masked ("sk-abc…wxyz"): any run of 8 or more of the key's characters goes too
        for (int start = 0; start + FRAGMENT <= value.length(); start++) {
            result = result.replace(value.substring(start, start + FRAGMENT), "***");
        }
        return result;
    }

    @Override
    public String toString() {
        return "***";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }
}
