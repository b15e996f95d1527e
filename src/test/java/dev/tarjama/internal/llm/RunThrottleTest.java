package dev.tarjama.internal.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tarjama.Cancellation;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RunThrottleTest {
    @Test
    void aPauseHoldsEveryCallerAndTheLongestPauseWins() throws InterruptedException {
        RunThrottle throttle = new RunThrottle();
        Cancellation running = new Cancellation();
        throttle.pauseFor(Duration.ofMillis(300));
        throttle.pauseFor(Duration.ofMillis(100));

        long start = System.nanoTime();
        AtomicLong otherWaited = new AtomicLong();
        Thread other = new Thread(() -> {
            throttle.await(running);
            otherWaited.set(System.nanoTime() - start);
        });
        other.start();
        throttle.await(running);
        long waited = System.nanoTime() - start;
        other.join();

        assertThat(Duration.ofNanos(waited).toMillis()).isGreaterThanOrEqualTo(280);
        assertThat(Duration.ofNanos(otherWaited.get()).toMillis()).isGreaterThanOrEqualTo(280);
    }

    @Test
    void withoutAPauseNobodyWaits() {
        assertThat(new RunThrottle().await(new Cancellation())).isTrue();
    }

    @Test
    void anInterruptEndsTheWaitAtOnce() {
        RunThrottle throttle = new RunThrottle();
        throttle.pauseFor(Duration.ofMinutes(5));
        Cancellation cancellation = new Cancellation();
        new Thread(() -> {
                    cancellation.sleep(100);
                    cancellation.cancel();
                })
                .start();

        long start = System.nanoTime();
        assertThat(throttle.await(cancellation)).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start).toMillis()).isLessThan(2000);
    }
}
