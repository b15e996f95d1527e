package dev.tarjama.cli;

import dev.tarjama.ExitCodes;
import dev.tarjama.TarjamaException;
import dev.tarjama.api.Tarjama;
import dev.tarjama.article.LoadedArticle;
import dev.tarjama.article.Polled;
import dev.tarjama.source.ArticleSource;
import dev.tarjama.source.SourceReader;
import dev.tarjama.source.Validators;
import dev.tarjama.watch.SettledFiles;
import dev.tarjama.watch.SourceRead;
import dev.tarjama.watch.WatchCycle;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * How a watch polls its sources: a feed or a page once, conditionally; a folder's files that a writer has finished
 * (an empty folder is an inbox with nothing new, not an error).
 */
final class WatchedSources implements WatchCycle.Reader {
    private final Tarjama tarjama;
    private final Environment env;

    WatchedSources(Tarjama tarjama, Environment env) {
        this.tarjama = tarjama;
        this.env = env;
    }

    @Override
    public SourceRead read(ArticleSource source, Validators known) {
        if (source instanceof ArticleSource.File folder && Files.isDirectory(folder.path())) {
            return folder(folder);
        }
        Polled polled = tarjama.poll(source, known);
        return new SourceRead(polled.articles(), polled.validators(), polled.notModified(), 0);
    }

    private SourceRead folder(ArticleSource.File folder) {
        List<ArticleSource.File> files = SourceReader.articleFiles(folder).stream()
                .map(ArticleSource.File.class::cast)
                .toList();
        SettledFiles.Split split = SettledFiles.split(files, env.cancellation()::sleep);
        List<LoadedArticle> articles = new ArrayList<>();
        for (ArticleSource.File file : split.settled()) {
            try {
                articles.addAll(tarjama.loadAll(file));
            } catch (TarjamaException e) {
                if (e.exitCode() != ExitCodes.INPUT) {
                    throw e;
                }
                articles.add(LoadedArticle.failed(file.name(), e));
            }
        }
        return new SourceRead(articles, Validators.NONE, false, split.stillWriting());
    }
}
