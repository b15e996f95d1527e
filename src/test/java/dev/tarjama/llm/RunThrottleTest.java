package dev.tarjama.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RunThrottleTest {
    @Test
    void aPauseHoldsEveryCallerAndTheLongestPauseWins() throws InterruptedException {
        RunThrottle throttle = new RunThrottle();
        throttle.pauseFor(Duration.ofMillis(300));
        throttle.pauseFor(Duration.ofMillis(100));

        long start = System.nanoTime();
        Thread other = new Thread(() -> {
            try {
                throttle.awaitClearance();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        other.start();
        throttle.awaitClearance();
        other.join();

        assertThat(Duration.ofNanos(System.nanoTime() - start).toMillis()).isGreaterThanOrEqualTo(280);
    }

    @Test
    void withoutAPauseNobodyWaits() throws InterruptedException {
        RunThrottle throttle = new RunThrottle();
        long start = System.nanoTime();
        throttle.awaitClearance();
        assertThat(Duration.ofNanos(System.nanoTime() - start).toMillis()).isLessThan(50);
    }
}
