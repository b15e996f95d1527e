package dev.tarjama.internal.render;

import dev.tarjama.model.ArticleCard;
import dev.tarjama.model.Brief;
import dev.tarjama.model.TranslatedArticle;

/** The card of a translated article, with the same title, outlet and link its own pages show. */
public final class ArticleCards {
    private ArticleCards() {}

    public static ArticleCard of(TranslatedArticle article) {
        Brief brief = article.brief();
        return new ArticleCard(
                Headline.title(article),
                article.article().title(),
                article.article().language(),
                Headline.outlet(article),
                Headline.link(article),
                article.article().source().published(),
                brief == null ? "" : brief.summary(),
                brief == null
                        ? java.util.List.of()
                        : brief.keyPoints().stream().map(Brief.KeyPoint::text).toList(),
                (int) article.flaggedCount(),
                (int) article.failedCount());
    }
}
