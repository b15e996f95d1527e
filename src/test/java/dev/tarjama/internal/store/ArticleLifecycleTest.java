package dev.tarjama.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tarjama.internal.store.ArticleLifecycle.Event;
import dev.tarjama.internal.store.ArticleLifecycle.Outcome;
import dev.tarjama.internal.store.ArticleTransitions.Transition;
import dev.tarjama.model.ArticleState;
import dev.tarjama.model.Spent;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every method of the lifecycle against the table of transitions, row by row, and every row exercised. */
class ArticleLifecycleTest {
    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
    private static final ArticleLifecycle LIFECYCLE = new ArticleLifecycle(Duration.ofMinutes(5));
    private static final ArticleKey KEY = new ArticleKey("feed", "urn:1");

    private final Set<Transition> exercised = new HashSet<>();

    private static ArticleLifecycle.Reading read(String text) {
        return new ArticleLifecycle.Reading(
                KEY, null, "urn:1", LedgerEntries.article(text), "hash:" + text, null, null);
    }

    private static ArticleLifecycle.Reading unreadable() {
        return new ArticleLifecycle.Reading(KEY, null, "urn:1", null, "", null, "HTTP 404");
    }

    /** The entry after a step, checked against the table's row for (from, event, when). */
    private LedgerEntry expect(
            ArticleState from, Event event, String when, ArticleState to, Outcome outcome, LedgerEntry entry) {
        Transition row = ArticleTransitions.TABLE.stream()
                .filter(t -> t.from() == from && t.event() == event && t.when().equals(when))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + from + " " + event + " " + when));
        assertThat(row.to()).as("%s", row).isEqualTo(to);
        assertThat(row.count()).as("%s", row).isEqualTo(outcome);
        exercised.add(row);
        return entry;
    }

    private LedgerEntry step(
            ArticleState from, Event event, String when, ArticleLifecycle.Step step, ArticleState after) {
        ArticleState to = step.entry() == null ? null : step.entry().state();
        assertThat(to).as("%s %s %s", from, event, when).isEqualTo(after);
        return expect(from, event, when, to, step.outcome(), step.entry());
    }

    private LedgerEntry queued() {
        return step(
                null,
                Event.READ,
                "its text is new",
                LIFECYCLE.read(Optional.empty(), Optional.empty(), read("a"), T0),
                ArticleState.QUEUED);
    }

    private LedgerEntry claimed(LedgerEntry queued) {
        LedgerEntry claimed = LIFECYCLE.claimed(queued, "w", T0.plusSeconds(60));
        return expect(queued.state(), Event.CLAIMED, "", ArticleState.IN_PROGRESS, Outcome.NONE, claimed);
    }

    private LedgerEntry done() {
        LedgerEntry claimed = claimed(queued());
        return step(
                ArticleState.IN_PROGRESS,
                Event.TRANSLATED,
                "first translation",
                LIFECYCLE.translated(claimed, "a", null, Spent.NONE, T0),
                ArticleState.DONE);
    }

    private LedgerEntry failedOnce() {
        LedgerEntry claimed = claimed(queued());
        return step(
                ArticleState.IN_PROGRESS,
                Event.FAILED,
                "attempts < 3",
                LIFECYCLE.failed(claimed, "refused", null, Spent.NONE, T0),
                ArticleState.RETRY);
    }

    @Test
    void everyTransitionIsTheTablesAndEveryRowIsTaken() {
        LedgerEntry done = done();
        LedgerEntry queued = queued();
        step(
                ArticleState.QUEUED,
                Event.READ,
                "unchanged",
                LIFECYCLE.read(Optional.of(queued), Optional.empty(), read("a"), T0),
                null);
        LedgerEntry replaced = step(
                ArticleState.QUEUED,
                Event.READ,
                "changed: the queued copy is replaced",
                LIFECYCLE.read(Optional.of(queued), Optional.empty(), read("b"), T0),
                ArticleState.QUEUED);
        assertThat(replaced.queued().text("\n")).isEqualTo("b");
        step(
                ArticleState.QUEUED,
                Event.UNREADABLE,
                "",
                LIFECYCLE.read(Optional.of(queued), Optional.empty(), unreadable(), T0),
                null);
        LedgerEntry claimed = claimed(queued);
        step(
                ArticleState.IN_PROGRESS,
                Event.READ,
                "",
                LIFECYCLE.read(Optional.of(claimed), Optional.empty(), read("b"), T0),
                null);
        step(
                ArticleState.IN_PROGRESS,
                Event.UNREADABLE,
                "",
                LIFECYCLE.read(Optional.of(claimed), Optional.empty(), unreadable(), T0),
                null);
        expect(
                ArticleState.IN_PROGRESS,
                Event.CLAIMED,
                "its worker's lease ran out or its process is gone",
                ArticleState.IN_PROGRESS,
                Outcome.NONE,
                LIFECYCLE.claimed(LIFECYCLE.released(claimed), "other", T0.plusSeconds(90)));
        expect(
                ArticleState.IN_PROGRESS,
                Event.RELEASED,
                "",
                ArticleState.QUEUED,
                Outcome.NONE,
                LIFECYCLE.released(claimed));

        // a translated article: unchanged, changed, unreadable; changed and translated again is an update
        step(
                ArticleState.DONE,
                Event.READ,
                "unchanged",
                LIFECYCLE.read(Optional.of(done), Optional.empty(), read("a"), T0),
                null);
        LedgerEntry changed = step(
                ArticleState.DONE,
                Event.READ,
                "changed",
                LIFECYCLE.read(Optional.of(done), Optional.empty(), read("b"), T0),
                ArticleState.QUEUED);
        assertThat(changed.folder()).as("an update goes to the same folder").isEqualTo("a");
        step(
                ArticleState.IN_PROGRESS,
                Event.TRANSLATED,
                "translated before",
                LIFECYCLE.translated(claimed(changed), "a", null, Spent.NONE, T0),
                ArticleState.DONE);
        step(
                ArticleState.DONE,
                Event.UNREADABLE,
                "",
                LIFECYCLE.read(Optional.of(done), Optional.empty(), unreadable(), T0),
                null);

        // a twin of a translated article, and one of a queued article
        ArticleLifecycle.Reading other = new ArticleLifecycle.Reading(
                new ArticleKey("mirror", "urn:9"), null, "urn:9", LedgerEntries.article("a"), "hash:a", null, null);
        LedgerEntry twin = step(
                null,
                Event.READ,
                "the same text is translated under another id",
                LIFECYCLE.read(Optional.empty(), Optional.of(done), other, T0),
                ArticleState.TWIN);
        assertThat(twin.folder()).isEqualTo("a");
        step(
                null,
                Event.READ,
                "the same text is queued under another id",
                LIFECYCLE.read(Optional.empty(), Optional.of(queued), other, T0),
                null);
        step(
                ArticleState.TWIN,
                Event.READ,
                "unchanged",
                LIFECYCLE.read(Optional.of(twin), Optional.empty(), read("a"), T0),
                null);
        LedgerEntry ownAgain = step(
                ArticleState.TWIN,
                Event.READ,
                "changed",
                LIFECYCLE.read(Optional.of(twin), Optional.empty(), read("c"), T0),
                ArticleState.QUEUED);
        assertThat(ownAgain.folder()).as("no longer the twin's folder").isNull();
        step(
                ArticleState.TWIN,
                Event.UNREADABLE,
                "",
                LIFECYCLE.read(Optional.of(twin), Optional.empty(), unreadable(), T0),
                null);

        // failures: retried after 5, then 10 minutes, parked at the third
        LedgerEntry retry = failedOnce();
        assertThat(retry.nextAttempt()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
        step(
                ArticleState.RETRY,
                Event.READ,
                "unchanged, not due",
                LIFECYCLE.read(Optional.of(retry), Optional.empty(), read("a"), T0.plusSeconds(60)),
                null);
        step(
                ArticleState.RETRY,
                Event.UNREADABLE,
                "not due",
                LIFECYCLE.read(Optional.of(retry), Optional.empty(), unreadable(), T0.plusSeconds(60)),
                null);
        step(
                ArticleState.RETRY,
                Event.READ,
                "changed",
                LIFECYCLE.read(Optional.of(retry), Optional.empty(), read("z"), T0),
                ArticleState.QUEUED);
        LedgerEntry again = step(
                ArticleState.RETRY,
                Event.READ,
                "unchanged, due",
                LIFECYCLE.read(Optional.of(retry), Optional.empty(), read("a"), T0.plus(Duration.ofMinutes(5))),
                ArticleState.QUEUED);
        assertThat(again.attempts()).as("a due retry keeps its count").isEqualTo(1);
        LedgerEntry twice = LIFECYCLE
                .failed(claimed(again), "refused", null, Spent.NONE, T0.plus(Duration.ofMinutes(5)))
                .entry();
        assertThat(twice.nextAttempt()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
        LedgerEntry parked = step(
                ArticleState.IN_PROGRESS,
                Event.FAILED,
                "attempts = 3",
                LIFECYCLE.failed(
                        claimed(LIFECYCLE
                                .read(Optional.of(twice), Optional.empty(), read("a"), T0.plus(Duration.ofMinutes(15)))
                                .entry()),
                        "refused",
                        null,
                        Spent.NONE,
                        T0),
                ArticleState.PARKED);
        step(
                ArticleState.PARKED,
                Event.READ,
                "unchanged",
                LIFECYCLE.read(Optional.of(parked), Optional.empty(), read("a"), T0),
                null);
        step(
                ArticleState.PARKED,
                Event.UNREADABLE,
                "",
                LIFECYCLE.read(Optional.of(parked), Optional.empty(), unreadable(), T0),
                null);
        LedgerEntry revived = step(
                ArticleState.PARKED,
                Event.READ,
                "changed",
                LIFECYCLE.read(Optional.of(parked), Optional.empty(), read("q"), T0),
                ArticleState.QUEUED);
        assertThat(revived.attempts()).as("a new text starts afresh").isZero();

        // an article never read: failed attempts from the start, parked at the third
        LedgerEntry unread = step(
                null,
                Event.UNREADABLE,
                "",
                LIFECYCLE.read(Optional.empty(), Optional.empty(), unreadable(), T0),
                ArticleState.RETRY);
        LedgerEntry unread2 = step(
                ArticleState.RETRY,
                Event.UNREADABLE,
                "due, attempts < 3",
                LIFECYCLE.read(Optional.of(unread), Optional.empty(), unreadable(), T0.plus(Duration.ofMinutes(5))),
                ArticleState.RETRY);
        step(
                ArticleState.RETRY,
                Event.UNREADABLE,
                "due, attempts = 3",
                LIFECYCLE.read(Optional.of(unread2), Optional.empty(), unreadable(), T0.plus(Duration.ofMinutes(20))),
                ArticleState.PARKED);

        assertThat(exercised)
                .as("rows of the table no test takes")
                .containsExactlyInAnyOrderElementsOf(ArticleTransitions.TABLE);
    }

    @Test
    void aTransitionFromTheWrongStateIsRefusedAsADefect() {
        LedgerEntry queued = queued();
        assertThatThrownBy(() -> LIFECYCLE.translated(queued, "f", null, Spent.NONE, T0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("QUEUED cannot be TRANSLATED");
        assertThat(List.of(ArticleState.values()))
                .allSatisfy(state -> assertThat(
                                ArticleTransitions.TABLE.stream().anyMatch(t -> t.from() == state || t.to() == state))
                        .as("%s is in the table", state)
                        .isTrue());
    }
}
