package dev.tarjama.internal.store;

import dev.tarjama.StorageException;
import dev.tarjama.internal.http.Validators;
import dev.tarjama.model.ArticleState;
import dev.tarjama.model.Spent;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ledger, on one SQL schema for both its homes: an embedded SQLite file under the output root
 * ({@code .tarjama/state.db}) for one watcher, each change committed at once (WAL), and a PostgreSQL database for
 * several workers, whose claims take rows with {@code FOR UPDATE SKIP LOCKED} and whose leases and poll times are the
 * database's clock, so workers whose clocks disagree still agree. The two differ only in their {@link Dialect}.
 */
public final class JdbcLedger implements Ledger {
    /** How long a poll's claim holds: a worker that dies mid-poll delays its source's poll by this much. */
    private static final Duration POLL_LEASE = Duration.ofMinutes(5);

    private final Dialect dialect;
    private final LedgerRows rows;
    private final Transactions transactions;

    private JdbcLedger(Dialect dialect, Transactions transactions) {
        this.dialect = dialect;
        this.rows = new LedgerRows(dialect);
        this.transactions = transactions;
    }

    /**
     * The SQLite ledger of the output root {@code root}, created when missing; a ledger of an earlier version is
     * brought up to date first, nothing it knew lost.
     *
     * @param clock the watch's clock: SQLite has no clock of its own that a test could set
     * @throws StorageException when the file cannot be opened or brought up to date
     */
    public static JdbcLedger sqlite(Path root, Clock clock) {
        Path file = root.resolve(".tarjama").resolve("state.db");
        try {
            return new JdbcLedger(new Dialect.Sqlite(clock), new SqliteTransactions(SqliteSchema.open(file)));
        } catch (IOException | SQLException e) {
            throw new StorageException("cannot open the watch ledger " + file + ": " + e.getMessage(), e);
        }
    }

    /** The ledger several workers share in {@code db} (its schema is migrated when the database is opened). */
    public static JdbcLedger postgresql(Database db) {
        return new JdbcLedger(new Dialect.Postgresql(), new Transactions() {
            @Override
            public <T> T run(String what, Database.Work<T> work) {
                return db.transaction(what, work);
            }
        });
    }

    @Override
    public Optional<LedgerEntry> find(ArticleKey key, String link) {
        return transactions.run("read the ledger", c -> {
            Optional<LedgerEntry> exact = one(
                    c,
                    "SELECT " + LedgerRows.COLUMNS + " FROM articles WHERE source = ? AND item_id = ?",
                    key.source(),
                    key.itemId());
            if (exact.isPresent() || link == null) {
                return exact;
            }
            // an article first seen under its link, now under its GUID (or the other way round): the same row
            return one(
                    c,
                    "SELECT " + LedgerRows.COLUMNS
                            + " FROM articles WHERE source = ? AND (link = ? OR item_id = ? OR link = ?) "
                            + "ORDER BY first_seen LIMIT 1",
                    key.source(),
                    link,
                    link,
                    key.itemId());
        });
    }

    @Override
    public Optional<LedgerEntry> withContent(String contentHash) {
        if (contentHash.isEmpty()) {
            return Optional.empty();
        }
        return transactions.run(
                "read the ledger",
                c -> one(
                        c,
                        "SELECT " + LedgerRows.COLUMNS + " FROM articles WHERE content_hash = ? AND state IN "
                                + "('DONE', 'TWIN', 'QUEUED', 'IN_PROGRESS') ORDER BY CASE state WHEN 'DONE' THEN 0 "
                                + "WHEN 'TWIN' THEN 1 ELSE 2 END, first_seen LIMIT 1",
                        contentHash));
    }

    @Override
    public void save(LedgerEntry entry) {
        transactions.run("record an article", c -> {
            rows.upsert(c, entry);
            return null;
        });
    }

    @Override
    public List<LedgerEntry> all() {
        return transactions.run("read the ledger", c -> {
            List<LedgerEntry> entries = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(
                            "SELECT " + LedgerRows.COLUMNS + " FROM articles ORDER BY first_seen, source, item_id");
                    ResultSet found = select.executeQuery()) {
                while (found.next()) {
                    entries.add(rows.entry(found));
                }
            }
            return entries;
        });
    }

    @Override
    public Map<ArticleState, Integer> counts() {
        return transactions.run("count the ledger", c -> {
            Map<ArticleState, Integer> counts = new EnumMap<>(ArticleState.class);
            for (ArticleState state : ArticleState.values()) {
                counts.put(state, 0);
            }
            try (PreparedStatement select = c.prepareStatement("SELECT state, count(*) FROM articles GROUP BY state");
                    ResultSet found = select.executeQuery()) {
                while (found.next()) {
                    counts.put(ArticleState.valueOf(found.getString(1)), found.getInt(2));
                }
            }
            return counts;
        });
    }

    @Override
    public boolean retryDue(String source, Instant now) {
        return transactions.run("read the ledger", c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM articles WHERE source = ? AND "
                    + "state = 'RETRY' AND (next_attempt IS NULL OR next_attempt <= ?) LIMIT 1")) {
                select.setString(1, source);
                dialect.setTime(select, 2, now);
                try (ResultSet row = select.executeQuery()) {
                    return row.next();
                }
            }
        });
    }

    @Override
    public Optional<LedgerEntry> claimNext(String worker, Duration lease, ArticleLifecycle lifecycle) {
        return transactions.run("claim an article", c -> {
            Instant now = dialect.now(c);
            List<LedgerEntry> candidates = new ArrayList<>();
            // the queued first, oldest first; then those held by others, in case a lease ran out
            try (PreparedStatement select = c.prepareStatement("SELECT " + LedgerRows.COLUMNS + " FROM articles WHERE "
                    + "state IN ('QUEUED', 'IN_PROGRESS') ORDER BY CASE state WHEN 'QUEUED' THEN 0 ELSE 1 END, "
                    + "queued_at, source, item_id LIMIT 64" + dialect.skipLocked())) {
                try (ResultSet found = select.executeQuery()) {
                    while (found.next()) {
                        candidates.add(rows.entry(found));
                    }
                }
            }
            for (LedgerEntry candidate : candidates) {
                LedgerEntry claimable = claimable(candidate, now, lifecycle);
                if (claimable != null) {
                    LedgerEntry claimed = lifecycle.claimed(claimable, worker, now.plus(lease));
                    rows.upsert(c, claimed);
                    return Optional.of(claimed);
                }
            }
            return Optional.empty();
        });
    }

    /** The entry as a claim can take it: queued, or held by a worker whose lease ran out or whose process is gone. */
    private static LedgerEntry claimable(LedgerEntry entry, Instant now, ArticleLifecycle lifecycle) {
        if (entry.state() == ArticleState.QUEUED) {
            return entry;
        }
        boolean expired = entry.leaseUntil() == null || entry.leaseUntil().isBefore(now);
        return expired || ProcessOwner.isGone(entry.claimedBy()) ? lifecycle.released(entry) : null;
    }

    @Override
    public boolean renew(ArticleKey key, String worker, Duration lease, ArticleLifecycle lifecycle) {
        return transactions.run("renew a claim", c -> {
            Optional<LedgerEntry> held = one(
                    c,
                    "SELECT " + LedgerRows.COLUMNS + " FROM articles WHERE source = ? AND item_id = ?"
                            + dialect.forUpdate(),
                    key.source(),
                    key.itemId());
            if (held.isEmpty()
                    || held.get().state() != ArticleState.IN_PROGRESS
                    || !worker.equals(held.get().claimedBy())) {
                return false;
            }
            rows.upsert(c, lifecycle.renewed(held.get(), dialect.now(c).plus(lease)));
            return true;
        });
    }

    @Override
    public int queued() {
        return transactions.run("count the queue", c -> {
            try (PreparedStatement count = c.prepareStatement(
                            "SELECT count(*) FROM articles WHERE state IN ('QUEUED', 'IN_PROGRESS')");
                    ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        });
    }

    @Override
    public boolean claimPoll(String source, String worker, Duration gap) {
        if (!dialect.shared()) {
            return true; // one watcher holds an SQLite ledger (its lock): every poll is its own
        }
        return transactions.run("claim a source's poll", c -> {
            Instant now = dialect.now(c);
            try (PreparedStatement insert =
                    c.prepareStatement("INSERT INTO sources (name) VALUES (?) ON CONFLICT (name) DO NOTHING")) {
                insert.setString(1, source);
                insert.executeUpdate();
            }
            try (PreparedStatement claim = c.prepareStatement(
                    "UPDATE sources SET claimed_by = ?, lease_until = ? "
                            + "WHERE name = ? AND (polled IS NULL OR polled < ?) AND (claimed_by IS NULL OR lease_until < ?)")) {
                claim.setString(1, worker);
                dialect.setTime(claim, 2, now.plus(POLL_LEASE));
                claim.setString(3, source);
                dialect.setTime(claim, 4, now.minus(gap));
                dialect.setTime(claim, 5, now);
                return claim.executeUpdate() == 1;
            }
        });
    }

    @Override
    public Validators validators(String source) {
        return transactions.run("read a source", c -> {
            try (PreparedStatement select =
                    c.prepareStatement("SELECT etag, last_modified FROM sources WHERE name = ?")) {
                select.setString(1, source);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? new Validators(row.getString(1), row.getString(2)) : Validators.NONE;
                }
            }
        });
    }

    @Override
    public void polled(String source, Validators validators) {
        transactions.run("record a poll", c -> {
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO sources (name, etag, last_modified, "
                    + "polled) VALUES (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET etag = excluded.etag, "
                    + "last_modified = excluded.last_modified, polled = excluded.polled, claimed_by = NULL, "
                    + "lease_until = NULL")) {
                upsert.setString(1, source);
                upsert.setString(2, validators.etag());
                upsert.setString(3, validators.lastModified());
                dialect.setTime(upsert, 4, dialect.now(c));
                upsert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void spend(Instant at, Spent spent) {
        transactions.run("record spending", c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO spending VALUES (?, ?, ?, ?)")) {
                dialect.setTime(insert, 1, at);
                insert.setLong(2, spent.requests());
                insert.setLong(3, spent.tokens());
                if (spent.costUsd() == null) {
                    insert.setNull(4, Types.DOUBLE);
                } else {
                    insert.setDouble(4, spent.costUsd());
                }
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Spent spentSince(Instant since) {
        return transactions.run("read spending", c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT COALESCE(SUM(requests), 0), "
                    + "COALESCE(SUM(tokens), 0), COALESCE(SUM(cost_usd), 0) FROM spending WHERE at >= ?")) {
                dialect.setTime(select, 1, since);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return new Spent(row.getLong(1), row.getLong(2), row.getDouble(3));
                }
            }
        });
    }

    private Optional<LedgerEntry> one(Connection c, String sql, String... values) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                select.setString(i + 1, values[i]);
            }
            try (ResultSet found = select.executeQuery()) {
                return found.next() ? Optional.of(rows.entry(found)) : Optional.empty();
            }
        }
    }

    @Override
    public void close() {
        transactions.close();
    }

    /** Work in one transaction, committed when it returns. */
    interface Transactions extends AutoCloseable {
        <T> T run(String what, Database.Work<T> work);

        @Override
        default void close() {}
    }
}
