package dev.tarjama.watch;

import dev.tarjama.ExitCodes;
import dev.tarjama.TarjamaException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ledger in an embedded SQLite file under the output root ({@code .tarjama/state.db}), each record committed at
 * once (WAL), so a watch killed mid-cycle forgets nothing it finished.
 */
public final class SqliteLedger implements Ledger {
    private static final String SCHEMA = """
            CREATE TABLE IF NOT EXISTS items (
              item_id TEXT PRIMARY KEY,
              source TEXT NOT NULL,
              content_hash TEXT NOT NULL,
              status TEXT NOT NULL,
              attempts INTEGER NOT NULL,
              last_error TEXT,
              folder TEXT,
              first_seen TEXT NOT NULL,
              last_tried TEXT NOT NULL)""";

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
                s.execute(SCHEMA);
            }
            return new SqliteLedger(connection);
        } catch (IOException | SQLException e) {
            throw new TarjamaException(
                    ExitCodes.USAGE, "cannot open the watch ledger " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized Optional<LedgerEntry> find(String itemId) {
        return one("SELECT * FROM items WHERE item_id = ?", itemId);
    }

    @Override
    public synchronized Optional<LedgerEntry> doneWithContent(String contentHash) {
        return one("SELECT * FROM items WHERE content_hash = ? AND status = 'DONE' LIMIT 1", contentHash);
    }

    @Override
    public synchronized void record(LedgerEntry e) {
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT OR REPLACE INTO items VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, e.itemId());
            insert.setString(2, e.source());
            insert.setString(3, e.contentHash());
            insert.setString(4, e.status().name());
            insert.setInt(5, e.attempts());
            insert.setString(6, e.lastError());
            insert.setString(7, e.folder());
            insert.setString(8, e.firstSeen().toString());
            insert.setString(9, e.lastTried().toString());
            insert.executeUpdate();
        } catch (SQLException ex) {
            throw new TarjamaException(ExitCodes.USAGE, "cannot write the watch ledger: " + ex.getMessage(), ex);
        }
    }

    @Override
    public synchronized List<LedgerEntry> all() {
        List<LedgerEntry> entries = new ArrayList<>();
        try (PreparedStatement select =
                        connection.prepareStatement("SELECT * FROM items ORDER BY last_tried DESC, item_id");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                entries.add(entry(rows));
            }
        } catch (SQLException e) {
            throw new TarjamaException(ExitCodes.USAGE, "cannot read the watch ledger: " + e.getMessage(), e);
        }
        return entries;
    }

    private Optional<LedgerEntry> one(String sql, String value) {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, value);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(entry(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new TarjamaException(ExitCodes.USAGE, "cannot read the watch ledger: " + e.getMessage(), e);
        }
    }

    private static LedgerEntry entry(ResultSet row) throws SQLException {
        return new LedgerEntry(
                row.getString("item_id"),
                row.getString("source"),
                row.getString("content_hash"),
                LedgerEntry.Status.valueOf(row.getString("status")),
                row.getInt("attempts"),
                row.getString("last_error"),
                row.getString("folder"),
                Instant.parse(row.getString("first_seen")),
                Instant.parse(row.getString("last_tried")));
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
