package dev.tarjama.internal.llm;

import dev.tarjama.Cancellation;
import dev.tarjama.internal.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The provider's per-minute limits held by every worker on one database together: each request is counted in a table
 * under a transaction-scoped advisory lock, so the check and the count are one step for all workers, and a request
 * that does not fit waits until the oldest one in the window leaves it. The window is the database's clock, with the
 * same allowance for the way to the provider as in one process ({@link SlidingWindowBudget#counted}).
 */
public final class PostgresRateBudget implements RateBudget {
    /** The advisory lock that serialises the check-and-count ("tarjama" on a phone keypad). */
    private static final long LOCK = 8_275_262L;

    private static final double WINDOW_SECONDS =
            SlidingWindowBudget.counted(Duration.ofMinutes(1)).toMillis() / 1000.0;

    private final Database db;
    private final int requestsPerMinute;
    private final long tokensPerMinute;
    private final AtomicLong counted = new AtomicLong();

    public PostgresRateBudget(Database db, int requestsPerMinute, long tokensPerMinute) {
        this.db = db;
        this.requestsPerMinute = requestsPerMinute;
        this.tokensPerMinute = tokensPerMinute;
    }

    @Override
    public boolean limitsTokens() {
        return tokensPerMinute > 0;
    }

    @Override
    public boolean acquire(long tokens, Cancellation cancellation) {
        while (!cancellation.isCancelled()) {
            long wait = tryCount(tokens);
            if (wait == 0) {
                return true;
            }
            if (cancellation.sleep(Math.min(wait, 1_000))) {
                return false;
            }
        }
        return false;
    }

    /** Counts the request and returns 0 when it fits; else how many milliseconds until it might. */
    private long tryCount(long tokens) {
        boolean tidy = counted.incrementAndGet() % 200 == 0;
        return db.transaction("count a request against the shared rate limits", c -> {
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, LOCK);
                lock.execute();
            }
            if (tidy) {
                try (PreparedStatement old = c.prepareStatement(
                        "DELETE FROM provider_requests WHERE at < clock_timestamp() - interval '5 minutes'")) {
                    old.executeUpdate();
                }
            }
            long count;
            long used;
            double oldestLeavesIn;
            try (PreparedStatement window = c.prepareStatement("SELECT count(*), COALESCE(sum(tokens), 0), "
                    + "COALESCE(extract(epoch FROM min(at) + make_interval(secs => ?) - clock_timestamp()), 0) "
                    + "FROM provider_requests WHERE at > clock_timestamp() - make_interval(secs => ?)")) {
                window.setDouble(1, WINDOW_SECONDS);
                window.setDouble(2, WINDOW_SECONDS);
                try (ResultSet row = window.executeQuery()) {
                    row.next();
                    count = row.getLong(1);
                    used = row.getLong(2);
                    oldestLeavesIn = row.getDouble(3);
                }
            }
            boolean requestsFit = requestsPerMinute <= 0 || count < requestsPerMinute;
            // one request larger than the whole token allowance still goes, alone in its window
            boolean tokensFit = tokensPerMinute <= 0 || count == 0 || used + tokens <= tokensPerMinute;
            if (!requestsFit || !tokensFit) {
                return Math.max(50L, (long) Math.ceil(oldestLeavesIn * 1000));
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO provider_requests (tokens) VALUES (?)")) {
                insert.setLong(1, tokens);
                insert.executeUpdate();
            }
            return 0L;
        });
    }
}
