package dev.tarjama.internal.store;

import dev.tarjama.model.ArticleState;
import java.util.List;

/**
 * The article's state machine as a table: from which state, on which event, under which condition, to which state,
 * and how a cycle counts it. The README prints it; a test holds {@link ArticleLifecycle}'s methods to it.
 */
public final class ArticleTransitions {
    private ArticleTransitions() {}

    /**
     * One row of the table.
     *
     * @param from  the state before ({@code null}: the ledger does not know the article yet)
     * @param when  the condition, in words
     * @param to    the state after ({@code null}: nothing is written)
     * @param count how the cycle counts it
     */
    public record Transition(
            ArticleState from,
            ArticleLifecycle.Event event,
            String when,
            ArticleState to,
            ArticleLifecycle.Outcome count) {}

    /** Every transition; the methods of {@link ArticleLifecycle} implement exactly these. */
    public static final List<Transition> TABLE = List.of(
            new Transition(
                    null,
                    ArticleLifecycle.Event.READ,
                    "its text is new",
                    ArticleState.QUEUED,
                    ArticleLifecycle.Outcome.NEW),
            new Transition(
                    null,
                    ArticleLifecycle.Event.READ,
                    "the same text is translated under another id",
                    ArticleState.TWIN,
                    ArticleLifecycle.Outcome.TWIN),
            new Transition(
                    null,
                    ArticleLifecycle.Event.READ,
                    "the same text is queued under another id",
                    null,
                    ArticleLifecycle.Outcome.AWAITING_TWIN),
            new Transition(
                    null, ArticleLifecycle.Event.UNREADABLE, "", ArticleState.RETRY, ArticleLifecycle.Outcome.FAILED),
            new Transition(
                    ArticleState.QUEUED,
                    ArticleLifecycle.Event.READ,
                    "unchanged",
                    null,
                    ArticleLifecycle.Outcome.PENDING),
            new Transition(
                    ArticleState.QUEUED,
                    ArticleLifecycle.Event.READ,
                    "changed: the queued copy is replaced",
                    ArticleState.QUEUED,
                    ArticleLifecycle.Outcome.PENDING),
            new Transition(
                    ArticleState.QUEUED, ArticleLifecycle.Event.UNREADABLE, "", null, ArticleLifecycle.Outcome.PENDING),
            new Transition(
                    ArticleState.QUEUED,
                    ArticleLifecycle.Event.CLAIMED,
                    "",
                    ArticleState.IN_PROGRESS,
                    ArticleLifecycle.Outcome.NONE),
            new Transition(
                    ArticleState.IN_PROGRESS, ArticleLifecycle.Event.READ, "", null, ArticleLifecycle.Outcome.PENDING),
            new Transition(
                    ArticleState.IN_PROGRESS,
                    ArticleLifecycle.Event.UNREADABLE,
                    "",
                    null,
                    ArticleLifecycle.Outcome.PENDING),
            new Transition(
                    ArticleState.IN_PROGRESS,
                    ArticleLifecycle.Event.CLAIMED,
                    "its worker's lease ran out or its process is gone",
                    ArticleState.IN_PROGRESS,
                    ArticleLifecycle.Outcome.NONE),
            new Transition(
                    ArticleState.IN_PROGRESS,
                    ArticleLifecycle.Event.TRANSLATED,
                    "first translation",
                    ArticleState.DONE,
                    ArticleLifecycle.Outcome.TRANSLATED),
            new Transition(
                    ArticleState.IN_PROGRESS,
                    ArticleLifecycle.Event.TRANSLATED,
                    "translated before",
                    ArticleState.DONE,
                    ArticleLifecycle.Outcome.UPDATED),
            new Transition(
                    ArticleState.IN_PROGRESS,
                    ArticleLifecycle.Event.FAILED,
                    "attempts < " + ArticleLifecycle.MAX_ATTEMPTS,
                    ArticleState.RETRY,
                    ArticleLifecycle.Outcome.FAILED),
            new Transition(
                    ArticleState.IN_PROGRESS,
                    ArticleLifecycle.Event.FAILED,
                    "attempts = " + ArticleLifecycle.MAX_ATTEMPTS,
                    ArticleState.PARKED,
                    ArticleLifecycle.Outcome.FAILED),
            new Transition(
                    ArticleState.IN_PROGRESS,
                    ArticleLifecycle.Event.RELEASED,
                    "",
                    ArticleState.QUEUED,
                    ArticleLifecycle.Outcome.NONE),
            new Transition(
                    ArticleState.DONE,
                    ArticleLifecycle.Event.READ,
                    "unchanged",
                    null,
                    ArticleLifecycle.Outcome.UNCHANGED),
            new Transition(
                    ArticleState.DONE,
                    ArticleLifecycle.Event.READ,
                    "changed",
                    ArticleState.QUEUED,
                    ArticleLifecycle.Outcome.CHANGED),
            new Transition(
                    ArticleState.DONE, ArticleLifecycle.Event.UNREADABLE, "", null, ArticleLifecycle.Outcome.KEPT),
            new Transition(
                    ArticleState.TWIN,
                    ArticleLifecycle.Event.READ,
                    "unchanged",
                    null,
                    ArticleLifecycle.Outcome.UNCHANGED),
            new Transition(
                    ArticleState.TWIN,
                    ArticleLifecycle.Event.READ,
                    "changed",
                    ArticleState.QUEUED,
                    ArticleLifecycle.Outcome.CHANGED),
            new Transition(
                    ArticleState.TWIN, ArticleLifecycle.Event.UNREADABLE, "", null, ArticleLifecycle.Outcome.KEPT),
            new Transition(
                    ArticleState.RETRY,
                    ArticleLifecycle.Event.READ,
                    "changed",
                    ArticleState.QUEUED,
                    ArticleLifecycle.Outcome.CHANGED),
            new Transition(
                    ArticleState.RETRY,
                    ArticleLifecycle.Event.READ,
                    "unchanged, due",
                    ArticleState.QUEUED,
                    ArticleLifecycle.Outcome.RETRIED),
            new Transition(
                    ArticleState.RETRY,
                    ArticleLifecycle.Event.READ,
                    "unchanged, not due",
                    null,
                    ArticleLifecycle.Outcome.WAITING),
            new Transition(
                    ArticleState.RETRY,
                    ArticleLifecycle.Event.UNREADABLE,
                    "due, attempts < " + ArticleLifecycle.MAX_ATTEMPTS,
                    ArticleState.RETRY,
                    ArticleLifecycle.Outcome.FAILED),
            new Transition(
                    ArticleState.RETRY,
                    ArticleLifecycle.Event.UNREADABLE,
                    "due, attempts = " + ArticleLifecycle.MAX_ATTEMPTS,
                    ArticleState.PARKED,
                    ArticleLifecycle.Outcome.FAILED),
            new Transition(
                    ArticleState.RETRY,
                    ArticleLifecycle.Event.UNREADABLE,
                    "not due",
                    null,
                    ArticleLifecycle.Outcome.WAITING),
            new Transition(
                    ArticleState.PARKED,
                    ArticleLifecycle.Event.READ,
                    "unchanged",
                    null,
                    ArticleLifecycle.Outcome.PARKED),
            new Transition(
                    ArticleState.PARKED,
                    ArticleLifecycle.Event.READ,
                    "changed",
                    ArticleState.QUEUED,
                    ArticleLifecycle.Outcome.CHANGED),
            new Transition(
                    ArticleState.PARKED, ArticleLifecycle.Event.UNREADABLE, "", null, ArticleLifecycle.Outcome.PARKED));
}
