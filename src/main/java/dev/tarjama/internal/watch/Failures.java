package dev.tarjama.internal.watch;

import dev.tarjama.internal.store.ArticleLifecycle;
import dev.tarjama.internal.store.LedgerEntry;
import dev.tarjama.model.ArticleState;
import dev.tarjama.model.CycleReport;

/** A failed article as the cycle's output explains it. */
final class Failures {
    private Failures() {}

    static CycleReport.Failure of(LedgerEntry failed) {
        String title = failed.card() != null && failed.card().title() != null
                ? failed.card().title()
                : failed.name();
        return new CycleReport.Failure(
                title,
                failed.source(),
                failed.lastError() == null ? "failed" : failed.lastError(),
                failed.attempts(),
                ArticleLifecycle.MAX_ATTEMPTS,
                failed.state() == ArticleState.PARKED ? null : failed.nextAttempt());
    }
}
