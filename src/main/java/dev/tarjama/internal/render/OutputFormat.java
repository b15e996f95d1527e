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

    /** Writes the file's content to {@code out}; does not close it. */
    void write(TranslatedArticle article, OutputStream out) throws IOException;
}
