package dev.tarjama.internal.watch;

import dev.tarjama.ArticleSource;
import dev.tarjama.InputException;
import dev.tarjama.LoadedArticle;
import dev.tarjama.internal.http.Validators;
import dev.tarjama.internal.source.Polled;
import dev.tarjama.model.ArticleCard;
import dev.tarjama.model.Spent;

/**
 * What a watch needs of the run that reads and translates a source's articles: one per distinct set of settings (a
 * source may have its own backend, model, glossary, target language and output root). It is safe to call from several
 * threads at once: a watch translates several articles side by side.
 */
public interface WatchedRun {
    /**
     * The articles the source holds now, or none when its server says it is still the version {@code known} names.
     *
     * @throws InputException when the source cannot be read at all
     */
    Polled read(ArticleSource source, Validators known);

    /**
     * Translates one article and writes its outputs.
     *
     * @throws InputException when this article cannot be translated (it is refused: already in the target language)
     */
    Written translate(LoadedArticle article);

    /** What this run has spent so far. */
    Spent spent();

    /** Whether its backend has answered since the watch started: then its address and key were right once. */
    boolean backendAnswered();

    /** Lets its backend be asked again after a failure stopped it. */
    void resumeBackend();

    /**
     * Where an article's outputs went and what became of it.
     *
     * @param folder      relative to the watch's output root
     * @param complete    every paragraph and the brief were translated
     * @param interrupted the run was stopped before it finished: not a failure of the article
     * @param problem     what is missing when it is not complete, or {@code null}
     * @param card        what an index shows of it
     * @param spent       what its requests cost
     */
    record Written(
            String folder, boolean complete, boolean interrupted, String problem, ArticleCard card, Spent spent) {}
}
