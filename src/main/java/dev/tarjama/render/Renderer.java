package dev.tarjama.render;

import dev.tarjama.model.TranslatedArticle;

/** Turns a translated article into one output file. Everything taken from the article or the model is escaped. */
public interface Renderer {
    /** The file this renderer writes, e.g. {@code brief.md}. */
    String fileName();

    String render(TranslatedArticle article);
}
