package dev.tarjama.model;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What one cycle of a watch did and spent, and where the ledger stands after it. The counts of what happened are
 * this cycle's; {@code waiting}, {@code parked} and {@code queued} are the ledger's own, the same figures
 * {@code tarjama status} and the index show.
 *
 * @param translated         new articles translated
 * @param updated            changed articles translated again
 * @param unchanged          articles skipped without a request
 * @param twins              articles recorded as the same text as one already translated
 * @param failed             articles whose attempt failed this cycle
 * @param waiting            articles in the ledger that failed and wait for their next attempt
 * @param parked             articles in the ledger parked after too many failures
 * @param queued             articles in the ledger's queue (or being translated) when the cycle ended
 * @param deferred           articles this cycle left for a later one: a budget reached, the watch stopping
 * @param stillWriting       files of a folder still being written
 * @param notModifiedSources sources whose server answered "not modified"
 * @param sourceErrors       why sources could not be read, one line each
 * @param failures           each article that failed this cycle, and why
 * @param spent              what the cycle's requests cost
 * @param elapsed            how long it took
 * @param budgetReached      the limit that stopped the cycle taking articles, or {@code null}
 * @param nextCycle          when the next cycle starts, or {@code null} when there is none (a single cycle)
 */
public record CycleReport(
        int translated,
        int updated,
        int unchanged,
        int twins,
        int failed,
        int waiting,
        int parked,
        int queued,
        int deferred,
        int stillWriting,
        int notModifiedSources,
        List<String> sourceErrors,
        List<Failure> failures,
        Spent spent,
        Duration elapsed,
        String budgetReached,
        Instant nextCycle) {
    public CycleReport {
        sourceErrors = List.copyOf(sourceErrors);
        failures = List.copyOf(failures);
        Objects.requireNonNull(spent, "spent");
        Objects.requireNonNull(elapsed, "elapsed");
    }

    /**
     * One article that failed this cycle.
     *
     * @param title       its title, else its address or path
     * @param source      the feed, page or folder it came from
     * @param reason      why, in words
     * @param attempt     how many attempts in a row have failed
     * @param maxAttempts attempts in a row before an article is parked
     * @param nextAttempt when it is tried again, or {@code null} when it is parked
     */
    public record Failure(
            String title, String source, String reason, int attempt, int maxAttempts, Instant nextAttempt) {
        /** "title (source): reason — attempt 2 of 3, tried again after 2026-12-07 10:45", the time in {@code zone}. */
        public String line(ZoneId zone) {
            return title + (source.equals(title) ? "" : " (" + source + ")") + ": " + reason + " — attempt " + attempt
                    + " of " + maxAttempts
                    + (nextAttempt == null
                            ? "; parked until its text changes"
                            : ", tried again after " + shortTime(nextAttempt, zone));
        }
    }

    /** The same report, with the next cycle's start. */
    public CycleReport withNextCycle(Instant next) {
        return new CycleReport(
                translated,
                updated,
                unchanged,
                twins,
                failed,
                waiting,
                parked,
                queued,
                deferred,
                stillWriting,
                notModifiedSources,
                sourceErrors,
                failures,
                spent,
                elapsed,
                budgetReached,
                next);
    }

    /** Whether an article or a source failed this cycle. */
    public boolean anyFailure() {
        return failed > 0 || !sourceErrors.isEmpty();
    }

    /**
     * The cycle in one line: "cycle: 2 new, 1 updated, 14 unchanged, 0 failed, 1 waiting to retry, 0 parked, 1
     * source not modified; 9 requests, 12,430 tokens, $0.0061, 8.2 s; next cycle at 10:45".
     *
     * @param zone the time zone of the next cycle's time
     */
    public String line(ZoneId zone) {
        StringBuilder line = new StringBuilder(String.format(
                Locale.ROOT,
                "cycle: %d new, %d updated, %d unchanged, %d failed, %d waiting to retry, %d parked",
                translated,
                updated,
                unchanged,
                failed,
                waiting,
                parked));
        if (twins > 0) {
            line.append(", ")
                    .append(twins)
                    .append(twins == 1 ? " twin" : " twins")
                    .append(" of another item");
        }
        if (deferred > 0) {
            line.append(", ").append(deferred).append(" left for later");
        }
        if (stillWriting > 0) {
            line.append(", ")
                    .append(stillWriting)
                    .append(stillWriting == 1 ? " file" : " files")
                    .append(" still being written");
        }
        if (notModifiedSources > 0) {
            line.append(", ")
                    .append(notModifiedSources)
                    .append(notModifiedSources == 1 ? " source" : " sources")
                    .append(" not modified");
        }
        line.append(String.format(
                Locale.ROOT,
                "; %,d %s, %,d tokens, %s, %.1f s",
                spent.requests(),
                spent.requests() == 1 ? "request" : "requests",
                spent.tokens(),
                spent.costUsd() == null ? "cost unknown" : String.format(Locale.ROOT, "$%.4f", spent.costUsd()),
                elapsed.toMillis() / 1000.0));
        if (budgetReached != null) {
            line.append("; stopped: ").append(budgetReached);
        }
        if (nextCycle != null) {
            line.append("; next cycle at ").append(shortTime(nextCycle, zone));
        }
        return line.toString();
    }

    private static String shortTime(Instant at, ZoneId zone) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
                .withZone(zone)
                .format(at);
    }
}
