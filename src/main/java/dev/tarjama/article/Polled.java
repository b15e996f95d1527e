package dev.tarjama.article;

import dev.tarjama.source.Validators;
import java.util.List;

/**
 * What polling a source found.
 *
 * @param articles    the articles it holds now; empty when it has not changed
 * @param validators  what identifies the version read, to send back next time ({@link Validators#NONE} for files)
 * @param notModified the server answered that nothing changed since the version the poll named
 */
public record Polled(List<LoadedArticle> articles, Validators validators, boolean notModified) {
    public Polled {
        articles = List.copyOf(articles);
    }

    static Polled unchanged(Validators validators) {
        return new Polled(List.of(), validators, true);
    }
}
