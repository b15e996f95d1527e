package dev.tarjama.api;

import dev.tarjama.ArticleSource;
import dev.tarjama.LoadedArticle;
import dev.tarjama.internal.http.Validators;
import dev.tarjama.internal.render.ArticleCards;
import dev.tarjama.internal.source.Polled;
import dev.tarjama.internal.watch.WatchedRun;
import dev.tarjama.model.Spent;
import dev.tarjama.model.TranslatedArticle;
import java.nio.file.Path;

/** A {@link Tarjama} as a watch asks it to read and translate, into its output root. */
record TarjamaWatchRun(Tarjama tarjama, Path root, Path watchRoot, Watcher.Listener listener) implements WatchedRun {
    @Override
    public Polled read(ArticleSource source, Validators known) {
        return tarjama.poll(source, known);
    }

    @Override
    public Written translate(LoadedArticle article) {
        dev.tarjama.api.Written written = tarjama.translateInto(article, root, true);
        listener.written(written);
        TranslatedArticle placed = written.article();
        boolean complete = placed.failedCount() == 0 && placed.brief() != null && !placed.interrupted();
        return new Written(
                watchRoot.relativize(written.folder()).toString(),
                complete,
                placed.interrupted(),
                complete
                        ? null
                        : placed.failedCount() + " of "
                                + placed.paragraphs().size() + " paragraphs"
                                + (placed.brief() == null ? " and the brief" : "") + " not translated",
                ArticleCards.of(placed),
                Spent.of(placed.usage()));
    }

    @Override
    public Spent spent() {
        return Spent.of(tarjama.usage());
    }

    @Override
    public boolean backendAnswered() {
        return tarjama.backendAnswered();
    }

    @Override
    public void resumeBackend() {
        tarjama.resumeBackend();
    }
}
