package dev.tarjama.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tarjama.Cancellation;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AdaptiveConcurrencyTest {
    private final AtomicLong now = new AtomicLong();
    private final Cancellation running = new Cancellation();

    @Test
    void rateLimitsHalveTheLimitOncePerBurstAndSuccessesWinItBack() {
        AdaptiveConcurrency concurrency = new AdaptiveConcurrency(16, now::get);
        concurrency.rateLimited();
        concurrency.rateLimited(); // the same burst
        assertThat(concurrency.limit()).isEqualTo(8);
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        concurrency.rateLimited();
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        concurrency.rateLimited();
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        concurrency.rateLimited();
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        concurrency.rateLimited();
        assertThat(concurrency.limit()).isEqualTo(1);

        for (int i = 0; i < 1 + 2 + 3; i++) {
            concurrency.succeeded();
        }
        assertThat(concurrency.limit()).as("one more per round of successes").isEqualTo(4);
    }

    @Test
    void noMoreThanTheLimitAreInFlight() {
        AdaptiveConcurrency concurrency = new AdaptiveConcurrency(2, now::get);
        assertThat(concurrency.acquire(running)).isTrue();
        assertThat(concurrency.acquire(running)).isTrue();
        Cancellation soon = new Cancellation();
        new Thread(() -> {
                    soon.sleep(200);
                    soon.cancel();
                })
                .start();
        assertThat(concurrency.acquire(soon))
                .as("a third waits until the run is cancelled")
                .isFalse();
        concurrency.release();
        assertThat(concurrency.acquire(running)).isTrue();
    }
}
