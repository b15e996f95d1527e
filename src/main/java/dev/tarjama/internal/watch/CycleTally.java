package dev.tarjama.internal.watch;

import dev.tarjama.internal.store.ArticleLifecycle.Outcome;
import dev.tarjama.model.ArticleState;
import dev.tarjama.model.CycleReport;
import dev.tarjama.model.Spent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What one cycle counted, from the poll and from every article worker at once. */
final class CycleTally {
    private final Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
    private final List<String> sourceErrors = new ArrayList<>();
    private final List<CycleReport.Failure> failures = new ArrayList<>();
    private int deferred;
    private int stillWriting;
    private int notModified;
    private String budgetReached;

    synchronized void count(Outcome outcome) {
        outcomes.merge(outcome, 1, Integer::sum);
    }

    synchronized void failure(CycleReport.Failure failure) {
        failures.add(failure);
    }

    synchronized void sourceError(String message) {
        sourceErrors.add(message);
    }

    synchronized void stillWriting(int files) {
        stillWriting += files;
    }

    synchronized void notModified() {
        notModified++;
    }

    synchronized void deferred(int articles) {
        deferred += articles;
    }

    /** The first limit that stopped the cycle taking articles. */
    synchronized void budgetReached(String limit) {
        if (budgetReached == null) {
            budgetReached = limit;
        }
    }

    synchronized String budgetReached() {
        return budgetReached;
    }

    /**
     * The report, with the ledger's own counts of what waits: the same figures {@code status} and the index show.
     */
    synchronized CycleReport report(Map<ArticleState, Integer> ledger, Spent spent, Duration elapsed) {
        return new CycleReport(
                of(Outcome.TRANSLATED),
                of(Outcome.UPDATED),
                of(Outcome.UNCHANGED) + of(Outcome.KEPT),
                of(Outcome.TWIN),
                failures.size(),
                ledger.get(ArticleState.RETRY),
                ledger.get(ArticleState.PARKED),
                ledger.get(ArticleState.QUEUED) + ledger.get(ArticleState.IN_PROGRESS),
                deferred,
                stillWriting,
                notModified,
                sourceErrors,
                failures,
                spent,
                elapsed,
                budgetReached,
                null);
    }

    private int of(Outcome outcome) {
        return outcomes.getOrDefault(outcome, 0);
    }
}
