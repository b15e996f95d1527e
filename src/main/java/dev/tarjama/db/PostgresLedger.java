package dev.tarjama.db;

import dev.tarjama.cache.ProcessOwner;
import dev.tarjama.source.Validators;
import dev.tarjama.watch.ArticleJson;
import dev.tarjama.watch.Ledger;
import dev.tarjama.watch.LedgerEntry;
import dev.tarjama.watch.LedgerRows;
import dev.tarjama.watch.QueuedItem;
import dev.tarjama.watch.Spent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ledger several workers share on PostgreSQL. Queued articles are claimed with {@code FOR UPDATE SKIP LOCKED} and
 * a lease the worker renews while it translates; a claim whose lease ran out, or whose holder is a process of this
 * machine that no longer runs, is taken over. A source is polled by one worker per cycle: the one whose claim on its
 * row succeeded while it was due. Leases and poll times are the database's clock, so the workers' clocks need not
 * agree.
 */
public final class PostgresLedger implements Ledger {
    /** How long a poll's claim holds: a worker that dies mid-poll delays its source's poll by this much. */
    private static final Duration POLL_LEASE = Duration.ofMinutes(5);

    private final Database db;

    public PostgresLedger(Database db) {
        this.db = db;
    }

    @Override
    public Optional<LedgerEntry> find(String itemId) {
        return db.transaction(
                "read the ledger",
                c -> one(c, "SELECT " + LedgerRows.COLUMNS + " FROM items WHERE item_id = ?", itemId));
    }

    @Override
    public Optional<LedgerEntry> withContent(String contentHash) {
        return db.transaction(
                "read the ledger",
                c -> one(
                        c,
                        "SELECT " + LedgerRows.COLUMNS
                                + " FROM items WHERE content_hash = ? AND status IN ('DONE', 'QUEUED') "
                                + "ORDER BY status LIMIT 1",
                        contentHash));
    }

    @Override
    public void record(LedgerEntry entry) {
        db.transaction("record an item", c -> {
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO items (" + LedgerRows.COLUMNS + ") VALUES "
                    + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (item_id) DO UPDATE SET source = excluded.source, "
                    + "content_hash = excluded.content_hash, status = excluded.status, attempts = excluded.attempts, "
                    + "last_error = excluded.last_error, folder = excluded.folder, first_seen = excluded.first_seen, "
                    + "last_tried = excluded.last_tried, card = excluded.card, requests = excluded.requests, "
                    + "tokens = excluded.tokens, cost_usd = excluded.cost_usd, name = NULL, article = NULL, "
                    + "previous = NULL, queued_at = NULL, claimed_by = NULL, lease_until = NULL")) {
                LedgerRows.bind(upsert, entry, LedgerRows.Times.TIMESTAMP);
                upsert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<LedgerEntry> all() {
        return db.transaction("read the ledger", c -> {
            List<LedgerEntry> entries = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(
                            "SELECT " + LedgerRows.COLUMNS + " FROM items ORDER BY last_tried DESC, item_id");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(LedgerRows.entry(rows, LedgerRows.Times.TIMESTAMP));
                }
            }
            return entries;
        });
    }

    @Override
    public boolean claimPoll(String source, String worker, Duration gap, Instant now) {
        return db.transaction("claim a source's poll", c -> {
            try (PreparedStatement insert =
                    c.prepareStatement("INSERT INTO sources (name) VALUES (?) ON CONFLICT (name) DO NOTHING")) {
                insert.setString(1, source);
                insert.executeUpdate();
            }
            try (PreparedStatement claim = c.prepareStatement("UPDATE sources SET claimed_by = ?, "
                    + "lease_until = now() + make_interval(secs => ?) WHERE name = ? "
                    + "AND (polled IS NULL OR polled < now() - make_interval(secs => ?)) "
                    + "AND (claimed_by IS NULL OR lease_until < now())")) {
                claim.setString(1, worker);
                claim.setDouble(2, POLL_LEASE.toMillis() / 1000.0);
                claim.setString(3, source);
                claim.setDouble(4, gap.toMillis() / 1000.0);
                return claim.executeUpdate() == 1;
            }
        });
    }

    @Override
    public Validators validators(String source) {
        return db.transaction("read a source", c -> {
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
    public void polled(String source, Validators validators, Instant at) {
        db.transaction("record a poll", c -> {
            try (PreparedStatement upsert = c.prepareStatement(
                    "INSERT INTO sources (name, etag, last_modified, polled) "
                            + "VALUES (?, ?, ?, now()) ON CONFLICT (name) DO UPDATE SET etag = excluded.etag, "
                            + "last_modified = excluded.last_modified, polled = now(), claimed_by = NULL, lease_until = NULL")) {
                upsert.setString(1, source);
                upsert.setString(2, validators.etag());
                upsert.setString(3, validators.lastModified());
                upsert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void enqueue(QueuedItem item, Instant at) {
        db.transaction("queue an article", c -> {
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO items (" + LedgerRows.COLUMNS
                    + ", name, article, previous, queued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    + "now()) ON CONFLICT (item_id) DO UPDATE SET source = excluded.source, "
                    + "content_hash = excluded.content_hash, status = excluded.status, attempts = excluded.attempts, "
                    + "last_error = excluded.last_error, folder = excluded.folder, first_seen = excluded.first_seen, "
                    + "last_tried = excluded.last_tried, card = excluded.card, requests = excluded.requests, "
                    + "tokens = excluded.tokens, cost_usd = excluded.cost_usd, name = excluded.name, "
                    + "article = excluded.article, previous = excluded.previous, queued_at = now(), "
                    + "claimed_by = NULL, lease_until = NULL")) {
                LedgerRows.bind(upsert, item.entry(), LedgerRows.Times.TIMESTAMP);
                upsert.setString(14, item.name());
                upsert.setString(15, ArticleJson.write(item.article()));
                upsert.setString(
                        16, item.previous() == null ? null : item.previous().name());
                upsert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<QueuedItem> claimNext(String worker, Duration lease, Instant now) {
        return db.transaction("claim an article", c -> {
            freeClaimsOfDeadProcesses(c);
            try (PreparedStatement claim = c.prepareStatement("UPDATE items SET claimed_by = ?, "
                    + "lease_until = now() + make_interval(secs => ?) WHERE item_id = (SELECT item_id FROM items "
                    + "WHERE status = 'QUEUED' AND (claimed_by IS NULL OR lease_until < now()) "
                    + "ORDER BY queued_at, item_id LIMIT 1 FOR UPDATE SKIP LOCKED) "
                    + "RETURNING " + LedgerRows.COLUMNS + ", name, article, previous")) {
                claim.setString(1, worker);
                claim.setDouble(2, lease.toMillis() / 1000.0);
                try (ResultSet row = claim.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    String previous = row.getString("previous");
                    return Optional.of(new QueuedItem(
                            LedgerRows.entry(row, LedgerRows.Times.TIMESTAMP),
                            row.getString("name"),
                            ArticleJson.article(row.getString("article")),
                            previous == null ? null : LedgerEntry.Status.valueOf(previous)));
                }
            }
        });
    }

    /** A claim held by a process of this machine that no longer runs need not wait for its lease. */
    private static void freeClaimsOfDeadProcesses(Connection c) throws SQLException {
        List<String[]> held = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT item_id, claimed_by FROM items "
                        + "WHERE status = 'QUEUED' AND claimed_by IS NOT NULL AND lease_until >= now()");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                held.add(new String[] {rows.getString(1), rows.getString(2)});
            }
        }
        for (String[] claim : held) {
            if (ProcessOwner.isGone(claim[1])) {
                try (PreparedStatement free = c.prepareStatement(
                        "UPDATE items SET claimed_by = NULL, lease_until = NULL WHERE item_id = ? AND claimed_by = ?")) {
                    free.setString(1, claim[0]);
                    free.setString(2, claim[1]);
                    free.executeUpdate();
                }
            }
        }
    }

    @Override
    public void renew(String itemId, String worker, Duration lease, Instant now) {
        db.transaction("renew a claim", c -> {
            try (PreparedStatement renew = c.prepareStatement("UPDATE items SET lease_until = now() + "
                    + "make_interval(secs => ?) WHERE item_id = ? AND claimed_by = ?")) {
                renew.setDouble(1, lease.toMillis() / 1000.0);
                renew.setString(2, itemId);
                renew.setString(3, worker);
                renew.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void release(String itemId, String worker) {
        db.transaction("release a claim", c -> {
            try (PreparedStatement release = c.prepareStatement("UPDATE items SET claimed_by = NULL, "
                    + "lease_until = NULL WHERE item_id = ? AND claimed_by = ? AND status = 'QUEUED'")) {
                release.setString(1, itemId);
                release.setString(2, worker);
                release.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public int queued() {
        return db.transaction("count the queue", c -> {
            try (PreparedStatement count = c.prepareStatement("SELECT count(*) FROM items WHERE status = 'QUEUED'");
                    ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        });
    }

    @Override
    public void spend(Instant at, Spent spent) {
        db.transaction("record spending", c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO spending VALUES (?, ?, ?, ?)")) {
                insert.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
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
        return db.transaction("read spending", c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT COALESCE(SUM(requests), 0), "
                    + "COALESCE(SUM(tokens), 0), COALESCE(SUM(cost_usd), 0) FROM spending WHERE at >= ?")) {
                select.setObject(1, OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return new Spent(row.getLong(1), row.getLong(2), row.getDouble(3));
                }
            }
        });
    }

    private static Optional<LedgerEntry> one(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(sql)) {
            select.setString(1, value);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(LedgerRows.entry(rows, LedgerRows.Times.TIMESTAMP)) : Optional.empty();
            }
        }
    }

    /** The database is the pool's to close, shared with the cache and the rate budget. */
    @Override
    public void close() {}
}
