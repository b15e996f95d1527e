package dev.tarjama.watch;

import dev.tarjama.ExitCodes;
import dev.tarjama.TarjamaException;
import dev.tarjama.source.Validators;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ledger in an embedded SQLite file under the output root ({@code .tarjama/state.db}), each record committed at
 * once (WAL), so a watch killed mid-cycle forgets nothing it finished.
 */
public final class SqliteLedger implements Ledger {
    private static final List<String> SCHEMA =
            List.of("""
            CREATE TABLE IF NOT EXISTS items (
              item_id TEXT PRIMARY KEY,
              source TEXT NOT NULL,
              content_hash TEXT NOT NULL,
              status TEXT NOT NULL,
              attempts INTEGER NOT NULL,
              last_error TEXT,
              folder TEXT,
              first_seen TEXT NOT NULL,
              last_tried TEXT NOT NULL)""", "CREATE INDEX IF NOT EXISTS items_by_content ON items (content_hash)", """
            CREATE TABLE IF NOT EXISTS sources (
              name TEXT PRIMARY KEY,
              etag TEXT,
              last_modified TEXT,
              polled TEXT NOT NULL)""", """
            CREATE TABLE IF NOT EXISTS spending (
              at TEXT NOT NULL,
              requests INTEGER NOT NULL,
              tokens INTEGER NOT NULL,
              cost_usd REAL)""");

    /** Columns added to {@code items} after its first version, added to an older file when it is opened. */
    private static final Map<String, String> ADDED_COLUMNS = Map.of(
            "card", "TEXT",
            "requests", "INTEGER",
            "tokens", "INTEGER",
            "cost_usd", "REAL",
            "name", "TEXT",
            "article", "TEXT",
            "previous", "TEXT",
            "queued_at", "TEXT");

    private final Connection connection;

    private SqliteLedger(Connection connection) {
        this.connection = connection;
    }

    /** The ledger of the output root {@code root}, created when missing. */
    public static SqliteLedger under(Path root) {
        Path file = root.resolve(".tarjama").resolve("state.db");
        try {
            Files.createDirectories(file.getParent());
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA busy_timeout=10000");
                for (String statement : SCHEMA) {
                    s.execute(statement);
                }
                addMissingColumns(s);
            }
            return new SqliteLedger(connection);
        } catch (IOException | SQLException e) {
            throw new TarjamaException(
                    ExitCodes.USAGE, "cannot open the watch ledger " + file + ": " + e.getMessage(), e);
        }
    }

    private static void addMissingColumns(Statement s) throws SQLException {
        Set<String> present = new HashSet<>();
        try (ResultSet columns = s.executeQuery("PRAGMA table_info(items)")) {
            while (columns.next()) {
                present.add(columns.getString("name"));
            }
        }
        for (var column : ADDED_COLUMNS.entrySet()) {
            if (!present.contains(column.getKey())) {
                s.execute("ALTER TABLE items ADD COLUMN " + column.getKey() + " " + column.getValue());
            }
        }
    }

    @Override
    public synchronized Optional<LedgerEntry> find(String itemId) {
        return one("SELECT " + LedgerRows.COLUMNS + " FROM items WHERE item_id = ?", itemId);
    }

    @Override
    public synchronized Optional<LedgerEntry> withContent(String contentHash) {
        return one(
                "SELECT " + LedgerRows.COLUMNS + " FROM items WHERE content_hash = ? AND status IN ('DONE', 'QUEUED') "
                        + "ORDER BY status LIMIT 1",
                contentHash);
    }

    @Override
    public synchronized void record(LedgerEntry e) {
        try (PreparedStatement insert = connection.prepareStatement("INSERT OR REPLACE INTO items ("
                + LedgerRows.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            LedgerRows.bind(insert, e, LedgerRows.Times.TEXT);
            insert.executeUpdate();
        } catch (SQLException ex) {
            throw failure("write", ex);
        }
    }

    @Override
    public synchronized List<LedgerEntry> all() {
        List<LedgerEntry> entries = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                        "SELECT " + LedgerRows.COLUMNS + " FROM items ORDER BY last_tried DESC, item_id");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                entries.add(LedgerRows.entry(rows, LedgerRows.Times.TEXT));
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
        return entries;
    }

    /** One watcher holds an SQLite ledger (see {@link WatchLock}): every poll is its own. */
    @Override
    public boolean claimPoll(String source, String worker, Duration gap, Instant now) {
        return true;
    }

    @Override
    public synchronized void enqueue(QueuedItem item, Instant at) {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT OR REPLACE INTO items (" + LedgerRows.COLUMNS
                        + ", name, article, previous, queued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            LedgerRows.bind(insert, item.entry(), LedgerRows.Times.TEXT);
            insert.setString(14, item.name());
            insert.setString(15, ArticleJson.write(item.article()));
            insert.setString(
                    16, item.previous() == null ? null : item.previous().name());
            insert.setString(17, at.toString());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw failure("write", e);
        }
    }

    /** The one watcher takes the queued article that waited longest; no other process can hold a claim. */
    @Override
    public synchronized Optional<QueuedItem> claimNext(String worker, Duration lease, Instant now) {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + LedgerRows.COLUMNS
                        + ", name, article, previous FROM items WHERE status = 'QUEUED' ORDER BY queued_at, item_id"
                        + " LIMIT 1");
                ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                return Optional.empty();
            }
            String previous = row.getString("previous");
            return Optional.of(new QueuedItem(
                    LedgerRows.entry(row, LedgerRows.Times.TEXT),
                    row.getString("name"),
                    ArticleJson.article(row.getString("article")),
                    previous == null ? null : LedgerEntry.Status.valueOf(previous)));
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    @Override
    public void renew(String itemId, String worker, Duration lease, Instant now) {}

    @Override
    public void release(String itemId, String worker) {}

    @Override
    public synchronized int queued() {
        try (PreparedStatement count =
                        connection.prepareStatement("SELECT COUNT(*) FROM items WHERE status = 'QUEUED'");
                ResultSet row = count.executeQuery()) {
            return row.next() ? row.getInt(1) : 0;
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    @Override
    public synchronized Validators validators(String source) {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT etag, last_modified FROM sources WHERE name = ?")) {
            select.setString(1, source);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? new Validators(row.getString(1), row.getString(2)) : Validators.NONE;
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    @Override
    public synchronized void polled(String source, Validators validators, Instant at) {
        try (PreparedStatement upsert =
                connection.prepareStatement("INSERT OR REPLACE INTO sources VALUES (?, ?, ?, ?)")) {
            upsert.setString(1, source);
            upsert.setString(2, validators.etag());
            upsert.setString(3, validators.lastModified());
            upsert.setString(4, at.toString());
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw failure("write", e);
        }
    }

    @Override
    public synchronized void spend(Instant at, Spent spent) {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO spending VALUES (?, ?, ?, ?)")) {
            insert.setString(1, at.toString());
            insert.setLong(2, spent.requests());
            insert.setLong(3, spent.tokens());
            if (spent.costUsd() == null) {
                insert.setNull(4, Types.REAL);
            } else {
                insert.setDouble(4, spent.costUsd());
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            throw failure("write", e);
        }
    }

    @Override
    public synchronized Spent spentSince(Instant since) {
        // ISO-8601 instants in UTC sort as text, so a text comparison is a time comparison
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COALESCE(SUM(requests), 0), COALESCE(SUM(tokens), 0), COALESCE(SUM(cost_usd), 0) "
                        + "FROM spending WHERE at >= ?")) {
            select.setString(1, since.toString());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return new Spent(row.getLong(1), row.getLong(2), row.getDouble(3));
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    private Optional<LedgerEntry> one(String sql, String value) {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, value);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(LedgerRows.entry(rows, LedgerRows.Times.TEXT)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    private static TarjamaException failure(String what, SQLException e) {
        return new TarjamaException(ExitCodes.USAGE, "cannot " + what + " the watch ledger: " + e.getMessage(), e);
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing: nothing left to lose, every record was committed as it was made
        }
    }
}
