package dev.tarjama.llm;

import java.time.Duration;

/** Told about every retry, so the user sees why a run slows down. */
@FunctionalInterface
public interface RetryListener {
    RetryListener NONE = (label, attempt, reason, wait) -> { };

    /**
     * @param label   what the request was for, e.g. "paragraph 12"
     * @param attempt the attempt that failed, from 1
     * @param reason  one line, never a key
     * @param wait    how long until the next attempt
     */
    void retrying(String label, int attempt, String reason, Duration wait);
}
