package dev.tarjama.translate;

import dev.tarjama.llm.UsageMeter;
import dev.tarjama.model.Article;
import dev.tarjama.model.TranslatedParagraph;

/** Follows a run's progress; calls may come from several threads. */
public interface PipelineListener {
    PipelineListener NONE = new PipelineListener() { };

    /**
     * The article is segmented and its {@code segments} are about to be translated (from the cache or by request);
     * {@code usage} is live for the rest of the run.
     */
    default void started(Article article, int segments, UsageMeter usage) {
    }

    /** A paragraph is finished, ok or failed; {@code done} of {@code total} are. */
    default void paragraphFinished(TranslatedParagraph paragraph, int done, int total) {
    }

    /** The glossary request goes out. */
    default void glossaryStarted() {
    }

    /** The glossary could not be had; paragraphs are translated without it. */
    default void glossaryFailed(String reason) {
    }

    /** Every paragraph is finished; the brief request goes out. */
    default void briefStarted() {
    }
}
