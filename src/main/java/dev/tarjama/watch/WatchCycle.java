package dev.tarjama.watch;

import dev.tarjama.ExitCodes;
import dev.tarjama.TarjamaException;
import dev.tarjama.article.LoadedArticle;
import dev.tarjama.cache.CacheKey;
import dev.tarjama.source.ArticleSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One cycle over the watched sources. Each article read is looked up in the ledger by its id: unchanged since it was
 * translated, it is skipped without a request; new or changed, it is translated (the answer cache makes a changed
 * article cost only its changed paragraphs); the same article reached another way (the same text under another id)
 * is recorded once. A failure is retried on later cycles, after 5 minutes, then 10, 20, 40, and parked after
 * {@value #MAX_ATTEMPTS} attempts until its content changes. One item's failure never stops the cycle, nor one
 * source's the others.
 */
public final class WatchCycle {
    public static final int MAX_ATTEMPTS = 5;
    static final Duration FIRST_RETRY = Duration.ofMinutes(5);

    /** Reads every article of a source. */
    @FunctionalInterface
    public interface Reader {
        /** @throws TarjamaException with exit code 4 when the source cannot be read at all */
        List<LoadedArticle> read(ArticleSource source);
    }

    /** Translates one article and writes its outputs. */
    @FunctionalInterface
    public interface Translator {
        /**
         * @throws TarjamaException with exit code 4 when this article cannot be translated; any other code stops the
         *     cycle (the backend refused, the output cannot be written)
         */
        Written translate(LoadedArticle article);
    }

    /** Where an article's outputs went, and whether every paragraph and the brief were translated. */
    public record Written(String folder, boolean complete, String problem) {}

    /** What a cycle did. */
    public record Report(
            int translated,
            int updated,
            int unchanged,
            int waiting,
            int parked,
            int failed,
            List<String> sourceErrors) {
        public boolean anyFailure() {
            return failed > 0 || !sourceErrors.isEmpty();
        }
    }

    private final Ledger ledger;
    private final Reader reader;
    private final Translator translator;
    private final Clock clock;

    public WatchCycle(Ledger ledger, Reader reader, Translator translator, Clock clock) {
        this.ledger = ledger;
        this.reader = reader;
        this.translator = translator;
        this.clock = clock;
    }

    public Report run(List<ArticleSource> sources) {
        int translated = 0;
        int updated = 0;
        int unchanged = 0;
        int waiting = 0;
        int parked = 0;
        int failed = 0;
        List<String> sourceErrors = new ArrayList<>();
        for (ArticleSource source : sources) {
            List<LoadedArticle> articles;
            try {
                articles = reader.read(source);
            } catch (TarjamaException e) {
                if (e.exitCode() != ExitCodes.INPUT) {
                    throw e;
                }
                sourceErrors.add(e.getMessage());
                continue;
            }
            for (LoadedArticle article : articles) {
                switch (handle(source, article)) {
                    case TRANSLATED -> translated++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                    case WAITING -> waiting++;
                    case PARKED -> parked++;
                    case FAILED -> failed++;
                }
            }
        }
        return new Report(translated, updated, unchanged, waiting, parked, failed, List.copyOf(sourceErrors));
    }

    private enum Outcome {
        TRANSLATED,
        UPDATED,
        UNCHANGED,
        WAITING,
        PARKED,
        FAILED
    }

    private Outcome handle(ArticleSource source, LoadedArticle article) {
        Instant now = clock.instant();
        String id = article.ok() ? article.identity() : "unread:" + article.name();
        String hash = article.ok() ? hash(article.article().text("\n")) : "";
        Optional<LedgerEntry> known = ledger.find(id);
        if (known.isPresent() && known.get().contentHash().equals(hash)) {
            LedgerEntry entry = known.get();
            switch (entry.status()) {
                case DONE -> {
                    return Outcome.UNCHANGED;
                }
                case FAILED -> {
                    return Outcome.PARKED;
                }
                case RETRY -> {
                    Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(entry.attempts() - 1, 10));
                    if (now.isBefore(entry.lastTried().plus(wait))) {
                        return Outcome.WAITING;
                    }
                }
            }
        }
        Instant firstSeen = known.map(LedgerEntry::firstSeen).orElse(now);
        if (!article.ok()) {
            return failure(known, id, source, hash, article.failure().getMessage(), null, firstSeen, now);
        }
        if (known.isEmpty()) {
            Optional<LedgerEntry> twin = ledger.doneWithContent(hash);
            if (twin.isPresent()) { // the same article through another feed or address
                ledger.record(new LedgerEntry(
                        id,
                        source.name(),
                        hash,
                        LedgerEntry.Status.DONE,
                        0,
                        null,
                        twin.get().folder(),
                        now,
                        now));
                return Outcome.UNCHANGED;
            }
        }
        Written written;
        try {
            written = translator.translate(article);
        } catch (TarjamaException e) {
            if (e.exitCode() != ExitCodes.INPUT) {
                throw e;
            }
            return failure(known, id, source, hash, e.getMessage(), null, firstSeen, now);
        }
        if (!written.complete()) {
            return failure(known, id, source, hash, written.problem(), written.folder(), firstSeen, now);
        }
        ledger.record(new LedgerEntry(
                id, source.name(), hash, LedgerEntry.Status.DONE, 0, null, written.folder(), firstSeen, now));
        return known.filter(k -> k.status() == LedgerEntry.Status.DONE).isPresent()
                ? Outcome.UPDATED
                : Outcome.TRANSLATED;
    }

    private Outcome failure(
            Optional<LedgerEntry> known,
            String id,
            ArticleSource source,
            String hash,
            String error,
            String folder,
            Instant firstSeen,
            Instant now) {
        int attempts = known.filter(k -> k.contentHash().equals(hash))
                        .map(LedgerEntry::attempts)
                        .orElse(0)
                + 1;
        LedgerEntry.Status status = attempts >= MAX_ATTEMPTS ? LedgerEntry.Status.FAILED : LedgerEntry.Status.RETRY;
        ledger.record(new LedgerEntry(
                id,
                source.name(),
                hash,
                status,
                attempts,
                error,
                folder != null ? folder : known.map(LedgerEntry::folder).orElse(null),
                firstSeen,
                now));
        return Outcome.FAILED;
    }

    static String hash(String text) {
        return CacheKey.of("watch-item").add("text", text).build().digest();
    }
}
