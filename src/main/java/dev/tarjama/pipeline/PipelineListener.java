package dev.tarjama.pipeline;

import dev.tarjama.llm.UsageMeter;
import dev.tarjama.model.Article;

/** Follows an article through the pipeline; calls may come from several threads and must not block. */
public interface PipelineListener {
    PipelineListener NONE = new PipelineListener() {};

    /**
     * The article is segmented and its paragraphs are about to be translated.
     *
     * @param uncached how many segments need a request (the others are answered from the cache)
     * @param requests how many requests they go in (fewer when paragraphs are asked together)
     * @param usage    live for the rest of the article
     */
    default void translating(Article article, int uncached, int requests, UsageMeter usage) {}

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
     * terms" when a paragraph spelt a term otherwise, "review" for {@code --review}).
     */
    default void followUpStarted(String what, int total) {}

    /** {@code done} of the paragraphs of the follow-up are answered (or failed). */
    default void followUpProgress(int done) {}

    /** Every paragraph is finished; the brief request goes out. */
    default void briefStarted() {}
}
