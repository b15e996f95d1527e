package dev.tarjama.llm;

import java.time.Clock;

/**
 * Keeps a run under a provider's requests-per-minute and tokens-per-minute limits: two token buckets that refill
 * continuously, each holding at most one minute's allowance. A limit of zero means none.
 */
public final class RateLimiter {
    public static final RateLimiter UNLIMITED = new RateLimiter(0, 0, Clock.systemUTC());

    private final Bucket requests;
    private final Bucket tokens;
    private final Clock clock;

    public RateLimiter(int requestsPerMinute, long tokensPerMinute, Clock clock) {
        this.clock = clock;
        this.requests = requestsPerMinute > 0 ? new Bucket(requestsPerMinute, clock.millis()) : null;
        this.tokens = tokensPerMinute > 0 ? new Bucket(tokensPerMinute, clock.millis()) : null;
    }

    /** Blocks until one more request of about {@code estimatedTokens} tokens fits under both limits. */
    public void acquire(long estimatedTokens) throws InterruptedException {
        while (true) {
            long wait;
            synchronized (this) {
                long now = clock.millis();
                long requestWait = requests == null ? 0 : requests.waitFor(1, now);
                long tokenWait = tokens == null ? 0 : tokens.waitFor(Math.min(estimatedTokens, tokens.capacity), now);
                wait = Math.max(requestWait, tokenWait);
                if (wait == 0) {
                    if (requests != null) {
                        requests.take(1);
                    }
                    if (tokens != null) {
                        tokens.take(Math.min(estimatedTokens, tokens.capacity));
                    }
                    return;
                }
            }
            Thread.sleep(Math.max(1, wait));
        }
    }

    /** A continuously refilling allowance of {@code capacity} per minute. */
    private static final class Bucket {
        private final double capacity;
        private double available;
        private long updatedAt;

        Bucket(double capacity, long now) {
            this.capacity = capacity;
            this.available = capacity;
            this.updatedAt = now;
        }

        /** Milliseconds until {@code amount} is available (0 if it is now). */
        long waitFor(double amount, long now) {
            available = Math.min(capacity, available + (now - updatedAt) * capacity / 60_000.0);
            updatedAt = now;
            return available >= amount ? 0 : (long) Math.ceil((amount - available) * 60_000.0 / capacity);
        }

        void take(double amount) {
            available -= amount;
        }
    }
}
