package dev.tarjama.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    private RateLimiter limiter(int rpm, long tpm) {
        return new RateLimiter(rpm, tpm, now::get, millis -> now.addAndGet(millis * 1_000_000));
    }

    @Test
    void aRequestsPerMinuteLimitSpacesRequestsOnceTheMinutesAllowanceIsSpent() throws InterruptedException {
        RateLimiter limiter = limiter(60, 0);
        long start = now.get();
        for (int i = 0; i < 60; i++) {
            limiter.acquire(1);
        }
        assertThat(now.get()).isEqualTo(start); // a minute's allowance goes at once

        for (int i = 0; i < 30; i++) {
            limiter.acquire(1);
        }
        assertThat((now.get() - start) / 1e9).isBetween(29.9, 30.1); // then one a second
    }

    @Test
    void aTokensPerMinuteLimitWaitsForLargeRequests() throws InterruptedException {
        RateLimiter limiter = limiter(0, 6000);
        long start = now.get();
        limiter.acquire(6000);
        limiter.acquire(3000);

        assertThat((now.get() - start) / 1e9).isBetween(29.9, 30.1);
    }

    @Test
    void aRequestLargerThanTheWholeAllowanceStillGoesThrough() throws InterruptedException {
        RateLimiter limiter = limiter(0, 1000);
        limiter.acquire(50_000);
        long afterFirst = now.get();
        limiter.acquire(10);

        assertThat((now.get() - afterFirst) / 1e9).isBetween(0.5, 0.7);
    }

    @Test
    void noLimitsNeverWait() throws InterruptedException {
        long start = now.get();
        RateLimiter limiter = limiter(0, 0);
        for (int i = 0; i < 1000; i++) {
            limiter.acquire(100_000);
        }
        assertThat(now.get()).isEqualTo(start);
    }
}
