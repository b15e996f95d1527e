package dev.tarjama;

import dev.tarjama.model.Article;
import java.time.Duration;

/**
 * Where a run tells its user what is happening: progress through each article, retries, warnings. Calls may come from
 * several threads at once and must not block; every method may be left as it is. No message ever contains a key.
 */
public interface Reporter {
    /** Tells nothing to anyone. */
    Reporter NONE = new Reporter() {};

    /** A line the user wants to see unless they asked for quiet. */
    default void info(String message) {}

    /** Something went wrong but the run goes on. */
    default void warn(String message) {}

    /** Detail for those who asked for it ({@code -v}). */
    default void detail(String message) {}

    /**
     * The article is segmented and its paragraphs are about to be translated.
     *
     * @param uncached how many segments need a request (the others are answered from the cache)
     * @param requests how many requests they go in (fewer when paragraphs are asked together)
     * @param usage    what the article has spent, live for the rest of it
     */
    default void translating(Article article, int uncached, int requests, LiveUsage usage) {}

    /**
     * A paragraph is finished; {@code done} of {@code total} are.
     *
     * @param error why it was not translated, or {@code null}
     */
    default void paragraphFinished(int index, String error, int done, int total) {}

    /** The glossary request goes out. */
    default void glossaryStarted() {}

    /** The glossary could not be had; paragraphs are translated without it. */
    default void glossaryFailed(String reason) {}

    /** A review request failed; its paragraphs keep the deterministic checks' flags only. */
    default void reviewFailed(String reason) {}

    /**
     * Every paragraph is translated, and {@code total} of them are asked about again: {@code what} says why ("agreed
     * terms" when a paragraph spelt a term otherwise, "review" for a model review).
     */
    default void followUpStarted(String what, int total) {}

    /** {@code done} of the paragraphs of the follow-up are answered (or failed). */
    default void followUpProgress(int done) {}

    /** Every paragraph is finished; the brief request goes out. */
    default void briefStarted() {}

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
    default void warning(String message) {
        warn(message);
    }
}
