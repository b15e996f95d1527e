package dev.tarjama.internal.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tarjama.Cancellation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SlidingWindowBudgetTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final Cancellation running = new Cancellation();

    @Test
    void noWindowEverHoldsMoreThanTheLimitEvenRightAfterAQuietOne() throws InterruptedException {
        SlidingWindowBudget budget = new SlidingWindowBudget(5, 0, Duration.ofMillis(400), System::nanoTime);
        List<Long> sent = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < 17; i++) {
            assertThat(budget.acquire(0, running)).isTrue();
            sent.add(System.nanoTime() - start);
        }
        long window = Duration.ofMillis(400).toNanos();
        for (int i = 0; i < sent.size(); i++) {
            int from = i;
            long inWindow = sent.stream()
                    .filter(t -> t >= sent.get(from) && t < sent.get(from) + window)
                    .count();
            assertThat(inWindow)
                    .as("requests in the window starting at request %d", i)
                    .isLessThanOrEqualTo(5);
        }
        assertThat(Duration.ofNanos(sent.get(16)).toMillis())
                .as("17 requests at 5 per 400 ms need three windows")
                .isGreaterThanOrEqualTo(1200);
    }

    @Test
    void tokensAreHeldToTheirLimitWithinTheWindow() {
        SlidingWindowBudget budget = new SlidingWindowBudget(0, 1000, Duration.ofMinutes(1), now::get);
        assertThat(budget.acquire(600, running)).isTrue();
        assertThat(budget.acquire(400, running)).isTrue();
        Cancellation soon = new Cancellation();
        new Thread(() -> {
                    soon.sleep(300);
                    soon.cancel();
                })
                .start();
        assertThat(budget.acquire(1, soon))
                .as("a full window makes the next request wait")
                .isFalse();
        now.addAndGet(Duration.ofSeconds(64).toNanos()); // the window, and its margin for requests in transit
        assertThat(budget.acquire(900, running)).as("the window has moved on").isTrue();
    }

    @Test
    void aRequestLargerThanTheWholeLimitGoesAloneRatherThanNever() {
        SlidingWindowBudget budget = new SlidingWindowBudget(0, 100, Duration.ofMinutes(1), now::get);
        assertThat(budget.acquire(500, running)).isTrue();
    }
}
