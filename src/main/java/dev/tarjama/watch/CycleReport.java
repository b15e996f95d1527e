package dev.tarjama.watch;

import java.time.Duration;
import java.util.List;

/**
 * What a cycle did and spent.
 *
 * @param translated         new articles translated
 * @param updated            changed articles translated again
 * @param unchanged          articles skipped without a request
 * @param waiting            failed articles whose next attempt is not due yet
 * @param parked             articles that failed too often
 * @param failed             articles that failed this cycle
 * @param deferred           articles left for a later cycle (a budget reached, the watch stopping)
 * @param stillWriting       files still being written
 * @param notModifiedSources sources whose server answered "not modified"
 * @param sourceErrors       why sources could not be read, one line each
 * @param budgetReached      the limit that stopped the cycle taking articles, or {@code null}
 */
public record CycleReport(
        int translated,
        int updated,
        int unchanged,
        int waiting,
        int parked,
        int failed,
        int deferred,
        int stillWriting,
        int notModifiedSources,
        List<String> sourceErrors,
        Spent spent,
        Duration elapsed,
        String budgetReached) {
    public boolean anyFailure() {
        return failed > 0 || !sourceErrors.isEmpty();
    }
}
