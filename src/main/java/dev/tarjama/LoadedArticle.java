package dev.tarjama;

import dev.tarjama.model.Article;
import java.util.Objects;

/**
 * One article an input stood for, read or not: a folder or a feed stands for several, and one failing does not stop
 * the others.
 *
 * @param name     what to call it in messages: the path, the address, the feed item's link
 * @param identity what identifies it across runs: an absolute path, an address, a feed item's id, a content hash
 * @param article  the article, or {@code null} when it could not be read
 * @param failure  why it could not be read, or {@code null}
 */
public record LoadedArticle(String name, String identity, Article article, TarjamaException failure) {
    public LoadedArticle {
        Objects.requireNonNull(name, "name");
        if ((article == null) == (failure == null)) {
            throw new IllegalArgumentException("exactly one of article and failure");
        }
    }

    public static LoadedArticle of(String name, String identity, Article article) {
        return new LoadedArticle(name, identity, article, null);
    }

    /** An article that could not be read, under the identity it would have if it could. */
    public static LoadedArticle failed(String name, String identity, TarjamaException failure) {
        return new LoadedArticle(name, identity, null, failure);
    }

    public boolean ok() {
        return article != null;
    }

    /** The article, or the failure thrown. */
    public Article orThrow() {
        if (failure != null) {
            throw failure;
        }
        return article;
    }
}
