package dev.tarjama.watch;

import dev.tarjama.article.LoadedArticle;
import dev.tarjama.source.Validators;
import java.util.List;

/**
 * What polling a source found.
 *
 * @param articles     the articles it holds now; none when it was not modified
 * @param validators   what its server said identifies this version
 * @param notModified  its server answered that nothing changed
 * @param stillWriting files of a folder that were still changing; they wait for the next cycle
 */
public record SourceRead(List<LoadedArticle> articles, Validators validators, boolean notModified, int stillWriting) {
    public SourceRead {
        articles = List.copyOf(articles);
    }
}
