package dev.tarjama.watch;

import dev.tarjama.TarjamaException;
import dev.tarjama.article.LoadedArticle;
import dev.tarjama.cache.CacheKey;
import dev.tarjama.source.ArticleSource;
import dev.tarjama.source.Validators;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * One cycle of one worker, in two steps. <b>Poll</b>: each due source this worker can claim is read once,
 * conditionally when its server gave validators the last time everything it held was settled, and each article is
 * looked up in the ledger by its id: unchanged since it was translated, it is skipped without a request; new,
 * changed, or failed and due for another attempt, it is queued; the same text already done under another id (one
 * article in two feeds) is recorded once. <b>Drain</b>: queued articles are claimed one at a time, with a lease renewed
 * while they are translated, so that several workers sharing a ledger each translate different ones, and an article
 * whose worker died is taken over when its lease runs out. A failure is retried on later cycles, after 5 minutes,
 * then 10, and parked after {@value #MAX_ATTEMPTS} failed attempts until its content changes. One item's failure never
 * stops the cycle, nor one source's the others. A {@link Budget} reached stops the worker taking articles; they stay
 * queued for a later cycle.
 */
public final class WatchCycle {
    /** Failed attempts in a row before an item is parked: three cycles, as scheduled runs are usually minutes apart. */
    public static final int MAX_ATTEMPTS = 3;

    static final Duration FIRST_RETRY = Duration.ofMinutes(5);

    /** Polls a source. */
    @FunctionalInterface
    public interface Reader {
        /**
         * The articles the source holds now, or none when its server says it is still the version {@code known} names.
         *
         * @throws TarjamaException with exit code 4 when the source cannot be read at all
         */
        SourceRead read(ArticleSource source, Validators known);
    }

    /** Translates one article of a source and writes its outputs. */
    @FunctionalInterface
    public interface Translator {
        /**
         * @throws TarjamaException with exit code 4 when this article cannot be translated; any other code stops the
         *     cycle (the backend refused, the output cannot be written)
         */
        Written translate(String source, LoadedArticle article);
    }

    /**
     * Where an article's outputs went (relative to the output root), whether every paragraph and the brief were
     * translated, and what an index shows of it.
     *
     * @param interrupted the run was stopped before it finished: not a failure of the article
     */
    public record Written(
            String folder, boolean complete, boolean interrupted, String problem, dev.tarjama.model.ArticleCard card) {}

    final Ledger ledger;
    final Reader reader;
    final Translator translator;
    final Supplier<Spent> meter;
    final Budget budget;
    final Clock clock;
    final BooleanSupplier stopping;
    final String worker;
    final Duration lease;

    /**
     * @param meter    what the run has spent so far, read before and after each article
     * @param stopping true once the watch is asked to stop: no further item is taken
     * @param worker   who this worker is, as its claims name it
     * @param lease    how long a claim holds without being renewed: how soon another worker takes over a dead one's
     */
    public WatchCycle(
            Ledger ledger,
            Reader reader,
            Translator translator,
            Supplier<Spent> meter,
            Budget budget,
            Clock clock,
            BooleanSupplier stopping,
            String worker,
            Duration lease) {
        this.ledger = ledger;
        this.reader = reader;
        this.translator = translator;
        this.meter = meter;
        this.budget = budget;
        this.clock = clock;
        this.stopping = stopping;
        this.worker = worker;
        this.lease = lease;
    }

    /**
     * Polls the due sources this worker can claim, then translates queued articles until none is left.
     *
     * @param sources each due source, with the least time between two polls of it by any worker
     */
    public CycleReport run(Map<ArticleSource, Duration> sources) {
        CyclePass pass = new CyclePass(this);
        sources.forEach((source, gap) -> {
            if (!stopping.getAsBoolean() && ledger.claimPoll(source.name(), worker, gap, clock.instant())) {
                pass.poll(source);
            }
        });
        pass.drain();
        return pass.report();
    }

    /**
     * Translates what other workers queued, without polling: how a worker sharing a database helps between its own
     * polls.
     */
    public CycleReport drain() {
        CyclePass pass = new CyclePass(this);
        pass.drain();
        return pass.report();
    }

    /** How many articles wait in the queue. */
    public int queued() {
        return ledger.queued();
    }

    /** Renews the claims of articles being translated; one daemon thread for every cycle of the process. */
    static final ScheduledExecutorService RENEWALS = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "tarjama-claim-renewal");
        thread.setDaemon(true);
        return thread;
    });

    /** 5 minutes after the first failure, doubling after each. */
    static Duration retryDelay(int attempts) {
        return attempts <= 0 ? Duration.ZERO : FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 10));
    }

    static String hash(String text) {
        return CacheKey.of("watch-item").add("text", text).build().digest();
    }
}
