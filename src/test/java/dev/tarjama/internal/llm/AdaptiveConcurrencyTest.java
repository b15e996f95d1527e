package dev.tarjama.internal.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tarjama.Cancellation;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AdaptiveConcurrencyTest {
    private final AtomicLong now = new AtomicLong();
    private final Cancellation running = new Cancellation();

    @Test
    void theRefusalsOfOneBurstHalveTheLimitOnceAndSuccessesWinItBack() {
        AdaptiveConcurrency concurrency = new AdaptiveConcurrency(16, now::get);
        long first = concurrency.acquire(running);
        long second = concurrency.acquire(running);
        now.addAndGet(1);
        concurrency.rateLimited(first);
        concurrency.rateLimited(second); // sent in the same burst: no second halving
        concurrency.release();
        concurrency.release();
        assertThat(concurrency.limit()).isEqualTo(8);
        for (int round = 0; round < 3; round++) {
            now.addAndGet(1);
            long later = concurrency.acquire(running);
            now.addAndGet(1);
            concurrency.rateLimited(later);
            concurrency.release();
        }
        assertThat(concurrency.limit()).isEqualTo(1);

        for (int i = 0; i < 1 + 2 + 3; i++) {
            concurrency.succeeded();
        }
        assertThat(concurrency.limit()).as("one more per round of successes").isEqualTo(4);
    }

    @Test
    void noMoreThanTheLimitAreInFlight() {
        AdaptiveConcurrency concurrency = new AdaptiveConcurrency(2, now::get);
        assertThat(concurrency.acquire(running)).isNotNegative();
        assertThat(concurrency.acquire(running)).isNotNegative();
        Cancellation soon = new Cancellation();
        new Thread(() -> {
                    soon.sleep(200);
                    soon.cancel();
                })
                .start();
        assertThat(concurrency.acquire(soon))
                .as("a third waits until the run is cancelled")
                .isEqualTo(-1);
        concurrency.release();
        assertThat(concurrency.acquire(running)).isNotNegative();
    }
}
