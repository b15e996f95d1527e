package dev.tarjama.llm;

import java.time.Duration;

/** Told about what slows or degrades model calls, so the user sees why. */
public interface CallListener {
    CallListener NONE = new CallListener() {};

    /**
     * A request failed and will be tried again.
     *
     * @param label   what the request was for, e.g. "paragraph 12"
     * @param attempt the attempt that failed, from 1
     * @param reason  one line, never a key
     * @param wait    how long until the next attempt
     */
    default void retrying(String label, int attempt, String reason, Duration wait) {}

    /** Something went wrong that costs no translation (the cache could not store an answer). */
    default void warning(String message) {}
}
