package dev.tarjama.internal.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tarjama.model.Article;
import dev.tarjama.model.ArticleCard;

/** The queued articles and the cards of translated ones as the ledger stores them: Jackson binding of the model's records (article.json is another format, written by the renderers). */
public final class LedgerJson {
    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private LedgerJson() {}

    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the model's records are plain data", e);
        }
    }

    public static Article article(String json) {
        try {
            return JSON.readValue(json, Article.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a queued article the ledger cannot read: " + e.getOriginalMessage(), e);
        }
    }

    /** The card, or {@code null} when a later version wrote one this one cannot read: the index shows less. */
    public static ArticleCard card(String json) {
        try {
            return json == null ? null : JSON.readValue(json, ArticleCard.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
