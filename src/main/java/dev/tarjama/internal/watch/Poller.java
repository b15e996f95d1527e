package dev.tarjama.internal.watch;

import dev.tarjama.InputException;
import dev.tarjama.LoadedArticle;
import dev.tarjama.TarjamaException;
import dev.tarjama.internal.digest.Digest;
import dev.tarjama.internal.http.Validators;
import dev.tarjama.internal.source.Polled;
import dev.tarjama.internal.store.ArticleKey;
import dev.tarjama.internal.store.ArticleLifecycle;
import dev.tarjama.internal.store.Ledger;
import dev.tarjama.internal.store.LedgerEntry;
import dev.tarjama.model.Article;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a due source once and passes each article it holds through the lifecycle: new and changed articles go into the
 * queue, unchanged ones are skipped without a request, one that cannot be read is a failed attempt. The source is read
 * conditionally (its server's validators) unless one of its articles waits for a retry that is due.
 */
final class Poller {
    private final Ledger ledger;
    private final ArticleLifecycle lifecycle;
    private final Clock clock;

    Poller(Ledger ledger, ArticleLifecycle lifecycle, Clock clock) {
        this.ledger = ledger;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    void poll(WatchedSource source, CycleTally tally) {
        String name = source.name();
        // a due retry must be read again, so the server is not given the chance to answer "not modified"
        Validators known = ledger.retryDue(name, clock.instant()) ? Validators.NONE : ledger.validators(name);
        Polled read;
        try {
            read = source.run().read(source.source(), known);
        } catch (TarjamaException e) {
            ledger.polled(name, Validators.NONE);
            if (!(e instanceof InputException)) {
                throw e;
            }
            tally.sourceError(e.getMessage());
            return;
        }
        if (read.notModified()) {
            tally.notModified();
            ledger.polled(name, known);
            return;
        }
        tally.stillWriting(read.stillWriting());
        boolean settled = read.stillWriting() == 0;
        for (LoadedArticle article : read.articles()) {
            settled &= triage(name, article, tally);
        }
        // validators are kept only when everything the source held is settled, so a later "not modified" never
        // hides an article waiting for a retry
        ledger.polled(name, settled ? read.validators() : Validators.NONE);
    }

    /** Passes one article read through the lifecycle; true when it is settled. */
    private boolean triage(String source, LoadedArticle loaded, CycleTally tally) {
        Instant now = clock.instant();
        ArticleKey key = new ArticleKey(source, loaded.identity());
        String link = loaded.name().toLowerCase(Locale.ROOT).matches("https?://.*") ? loaded.name() : null;
        ArticleLifecycle.Reading reading = loaded.ok()
                ? new ArticleLifecycle.Reading(
                        key,
                        link,
                        loaded.name(),
                        loaded.article(),
                        hash(loaded.article()),
                        loaded.article().source().publishedAt(),
                        null)
                : new ArticleLifecycle.Reading(
                        key,
                        link,
                        loaded.name(),
                        null,
                        "",
                        null,
                        loaded.failure().getMessage());
        Optional<LedgerEntry> known = ledger.find(key, link);
        Optional<LedgerEntry> twin =
                known.isEmpty() && loaded.ok() ? ledger.withContent(reading.hash()) : Optional.empty();
        ArticleLifecycle.Step step = lifecycle.read(known, twin, reading, now);
        if (step.entry() != null) {
            ledger.save(step.entry());
        }
        tally.count(step.outcome());
        if (step.outcome() == ArticleLifecycle.Outcome.FAILED) {
            tally.failure(Failures.of(step.entry()));
        }
        return step.settled();
    }

    /** What identifies an article's text across cycles (the digest the first ledger used, so old rows still match). */
    private static String hash(Article article) {
        return Digest.of("watch-item").add("text", article.text("\n")).hex();
    }
}
