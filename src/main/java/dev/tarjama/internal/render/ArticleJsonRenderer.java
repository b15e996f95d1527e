package dev.tarjama.internal.render;

import dev.tarjama.model.TranslatedArticle;

/** The machine-readable record, {@code article.json} (see {@link ArticleRecord}). */
final class ArticleJsonRenderer extends TextFormat {
    @Override
    public String fileName() {
        return "article.json";
    }

    @Override
    String render(TranslatedArticle article) {
        return ArticleRecord.write(article);
    }
}
