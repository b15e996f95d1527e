package dev.tarjama.internal.render;

import dev.tarjama.model.TranslatedArticle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** A format whose file is UTF-8 text. */
abstract class TextFormat implements OutputFormat {
    /** The whole text of the file. */
    abstract String render(TranslatedArticle article);

    /** The whole text of the file, a page getting its font as {@code font} says. */
    String render(TranslatedArticle article, PageFont font) {
        return render(article);
    }

    @Override
    public final void write(TranslatedArticle article, OutputStream out) throws IOException {
        out.write(render(article).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public final void write(TranslatedArticle article, OutputStream out, PageFont font) throws IOException {
        out.write(render(article, font).getBytes(StandardCharsets.UTF_8));
    }
}
