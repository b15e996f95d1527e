package dev.tarjama.internal.store;

import dev.tarjama.model.Article;
import dev.tarjama.model.ArticleCard;
import dev.tarjama.model.Paragraph;
import dev.tarjama.model.ParagraphKind;
import dev.tarjama.model.Spent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Ledger entries for tests, each made the only way entries are made: by the lifecycle's transitions. */
public final class LedgerEntries {
    public static final ArticleLifecycle LIFECYCLE = new ArticleLifecycle(ArticleLifecycle.DEFAULT_FIRST_RETRY);

    private LedgerEntries() {}

    /** A one-paragraph Arabic article. */
    public static Article article(String text) {
        return new Article(
                "item", "", "ar", "UTF-8", List.of(new Paragraph(0, ParagraphKind.BODY, text, List.of(text))));
    }

    /** An article read for the first time: queued. */
    public static LedgerEntry queued(String source, String id, String text, Instant at) {
        ArticleLifecycle.Reading reading = new ArticleLifecycle.Reading(
                new ArticleKey(source, id), null, id, article(text), "hash:" + text, null, null);
        return LIFECYCLE.read(Optional.empty(), Optional.empty(), reading, at).entry();
    }

    /** An article translated into {@code folder}. */
    public static LedgerEntry done(String source, String id, String folder, Instant at) {
        LedgerEntry claimed =
                LIFECYCLE.claimed(queued(source, id, "نص " + id, at), "test", at.plus(Duration.ofMinutes(1)));
        ArticleCard card = new ArticleCard(id, "", "ar", null, null, null, "", List.of(), 0, 0);
        return LIFECYCLE.translated(claimed, folder, card, Spent.NONE, at).entry();
    }

    /** An article whose first attempt failed with {@code error}. */
    public static LedgerEntry retry(String source, String id, String error, Instant at) {
        LedgerEntry claimed =
                LIFECYCLE.claimed(queued(source, id, "نص " + id, at), "test", at.plus(Duration.ofMinutes(1)));
        return LIFECYCLE.failed(claimed, error, null, Spent.NONE, at).entry();
    }
}
