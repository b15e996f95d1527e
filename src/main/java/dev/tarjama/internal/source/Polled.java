package dev.tarjama.internal.source;

import dev.tarjama.LoadedArticle;
import dev.tarjama.internal.http.Validators;
import java.util.List;

/**
 * What polling a source found.
 *
 * @param articles    the articles it holds now; empty when it has not changed
 * @param validators  what identifies the version read, to send back next time ({@link Validators#NONE} for files)
 * @param notModified  the server answered that nothing changed since the version the poll named
 * @param stillWriting files of a folder that were still changing: they wait for the next poll
 */
public record Polled(List<LoadedArticle> articles, Validators validators, boolean notModified, int stillWriting) {
    public Polled {
        articles = List.copyOf(articles);
    }

    static Polled unchanged(Validators validators) {
        return new Polled(List.of(), validators, true, 0);
    }
}
