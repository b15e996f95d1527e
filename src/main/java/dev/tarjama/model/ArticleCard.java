package dev.tarjama.model;

import java.util.List;

/**
 * What an index, a digest or a feed of briefs shows of a translated article, kept so they can be written without
 * reading its files again.
 *
 * @param title         the English title (else the brief's headline, else the input's name)
 * @param originalTitle the title in the article's language, or empty
 * @param language      BCP 47 code of the article's language
 * @param outlet        the site or feed it came from, or {@code null}
 * @param link          the article's own http(s) address, or {@code null}
 * @param published     the publication date as the source gives it, or {@code null}
 * @param summary       the brief's summary, or empty when there is no brief
 * @param keyPoints     the brief's key points
 * @param flagged       paragraphs a check flagged
 * @param failed        paragraphs left untranslated
 */
public record ArticleCard(
        String title,
        String originalTitle,
        String language,
        String outlet,
        String link,
        String published,
        String summary,
        List<String> keyPoints,
        int flagged,
        int failed) {
    public ArticleCard {
        keyPoints = List.copyOf(keyPoints);
    }
}
