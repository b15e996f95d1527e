package dev.tarjama.internal.render;

import dev.tarjama.model.TranslatedArticle;
import java.io.IOException;
import java.io.OutputStream;

/**
 * One output file made from a translated article, text or binary. Everything taken from the article or the model is
 * escaped for the format.
 */
public interface OutputFormat {
    /** The file it writes, e.g. {@code bilingual.html}. */
    String fileName();

    /** Writes the file's content to {@code out}; does not close it. A page carries its own font. */
    void write(TranslatedArticle article, OutputStream out) throws IOException;

    /** As {@link #write(TranslatedArticle, OutputStream)}, a page getting its font as {@code font} says. */
    default void write(TranslatedArticle article, OutputStream out, PageFont font) throws IOException {
        write(article, out);
    }

    /** Whether the file is a page that sets Arabic in the shared font. */
    default boolean usesFont() {
        return false;
    }
}
