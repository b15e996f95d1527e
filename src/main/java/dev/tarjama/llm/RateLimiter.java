package dev.tarjama.llm;

import java.util.function.LongSupplier;

/**
 * Keeps a run under a provider's requests-per-minute and tokens-per-minute limits: two token buckets that refill
 * continuously, each holding at most one minute's allowance. A limit of zero means none. Time is measured on
 * the monotonic clock.
 */
public final class RateLimiter {
    public static final RateLimiter UNLIMITED = new RateLimiter(0, 0);
    private static final double NANOS_PER_MINUTE = 60e9;

    private final Bucket requests;
    private final Bucket tokens;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;

    /** How the limiter waits; tests replace it to move a fake clock instead. */
    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    public RateLimiter(int requestsPerMinute, long tokensPerMinute) {
        this(requestsPerMinute, tokensPerMinute, System::nanoTime, Thread::sleep);
    }

    RateLimiter(int requestsPerMinute, long tokensPerMinute, LongSupplier nanoTime, Sleeper sleeper) {
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
        long now = nanoTime.getAsLong();
        this.requests = requestsPerMinute > 0 ? new Bucket(requestsPerMinute, now) : null;
        this.tokens = tokensPerMinute > 0 ? new Bucket(tokensPerMinute, now) : null;
    }

    /** Whether requests need a token estimate at all (counting tokens costs time on every request). */
    public boolean limitsTokens() {
        return tokens != null;
    }

    /** Blocks until one more request of about {@code estimatedTokens} tokens fits under both limits. */
    public void acquire(long estimatedTokens) throws InterruptedException {
        while (true) {
            long waitMillis;
            synchronized (this) {
                long now = nanoTime.getAsLong();
                double tokenAmount = tokens == null ? 0 : Math.min(estimatedTokens, tokens.capacity);
                long requestWait = requests == null ? 0 : requests.nanosUntil(1, now);
                long tokenWait = tokens == null ? 0 : tokens.nanosUntil(tokenAmount, now);
                long wait = Math.max(requestWait, tokenWait);
                if (wait == 0) {
                    if (requests != null) {
                        requests.take(1);
                    }
                    if (tokens != null) {
                        tokens.take(tokenAmount);
                    }
                    return;
                }
                waitMillis = Math.max(1, (wait + 999_999) / 1_000_000);
            }
            sleeper.sleep(waitMillis);
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

        /** Nanoseconds until {@code amount} is available (0 if it is now). */
        long nanosUntil(double amount, long now) {
            available = Math.min(capacity, available + (now - updatedAt) * capacity / NANOS_PER_MINUTE);
            updatedAt = now;
            return available >= amount ? 0 : (long) Math.ceil((amount - available) * NANOS_PER_MINUTE / capacity);
        }

        void take(double amount) {
            available -= amount;
        }
    }
}
