package dev.tarjama.watch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tarjama.model.Article;
import dev.tarjama.model.ArticleCard;

/** Articles and their cards as the ledger stores them: JSON of the model's records. */
public final class ArticleJson {
    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ArticleJson() {}

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
