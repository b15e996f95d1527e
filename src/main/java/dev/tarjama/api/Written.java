package dev.tarjama.api;

import dev.tarjama.model.TranslatedArticle;
import java.nio.file.Path;
import java.util.List;

/**
 * An article translated into an output root.
 *
 * @param article        the article as written: placed in its folder, with a person's earlier edits carried over
 * @param folder         its folder under the output root
 * @param files          the files written, {@code article.json} first
 * @param editsKept      paragraphs that keep the text a person edited in an earlier translation
 * @param previousRecord where the folder's previous {@code article.json} was kept (under {@code versions/}), or
 *                       {@code null} when it was not kept
 */
public record Written(TranslatedArticle article, Path folder, List<Path> files, int editsKept, Path previousRecord) {
    public Written {
        files = List.copyOf(files);
    }
}
