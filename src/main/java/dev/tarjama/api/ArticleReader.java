package dev.tarjama.api;

import dev.tarjama.ArticleSource;
import dev.tarjama.InputException;
import dev.tarjama.LoadedArticle;
import dev.tarjama.Options;
import dev.tarjama.internal.http.HttpClients;
import dev.tarjama.internal.source.ArticleLoader;
import dev.tarjama.model.Article;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads articles without translating them — what {@code tarjama extract} prints: a page's article without its
 * menus, teasers and furniture, with its title and metadata; a feed's newest items; a folder's files; plain text —
 * decoded and segmented as a translation would read them. No backend, nothing sent but the fetches.
 */
public final class ArticleReader implements AutoCloseable {
    private final HttpClients http;
    private final ArticleLoader loader;

    private ArticleReader(Options.Reading reading, Consumer<String> warnings) {
        this.http = new HttpClients(2, reading.fetchTimeout());
        this.loader = new ArticleLoader(http, reading, warnings);
    }

    /**
     * A reader that fetches and segments as {@code reading} says.
     *
     * @param warnings told, one line each, what the user should know of how a text was read (a charset the server
     *                 declared set aside, bytes that were not UTF-8 replaced)
     */
    public static ArticleReader open(Options.Reading reading, Consumer<String> warnings) {
        return new ArticleReader(reading, warnings);
    }

    /**
     * Every article the source holds; one that cannot be read is in the list as a failure.
     *
     * @param sourceLanguage the articles' language, or {@code null} to detect it from their text
     * @throws InputException when the source itself cannot be read
     */
    public List<LoadedArticle> readAll(ArticleSource source, String sourceLanguage) {
        return loader.loadAll(source, sourceLanguage);
    }

    /**
     * The one article the source holds (a feed's newest item, a folder's first file).
     *
     * @throws InputException when it cannot be read
     */
    public Article read(ArticleSource source) {
        return loader.load(source, null);
    }

    @Override
    public void close() {
        http.close();
    }
}
