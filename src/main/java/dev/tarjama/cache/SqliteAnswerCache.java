package dev.tarjama.cache;

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
import java.time.Clock;
import java.util.Optional;

/**
 * The answer cache in an embedded SQLite database. Each answer is committed on its own as it arrives (WAL
 * journal), so a run killed at any moment keeps every answer it had received; several tarjama processes may
 * share one file.
 */
public final class SqliteAnswerCache implements AnswerCache {
    private final Connection connection;
    private final PreparedStatement select;
    private final PreparedStatement insert;
    private final Clock clock;

    private SqliteAnswerCache(Connection connection, Clock clock) throws SQLException {
        this.connection = connection;
        this.clock = clock;
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=NORMAL"); // WAL + NORMAL survives a killed process; only power loss may cost the last answers
            s.execute("PRAGMA busy_timeout=10000");
            s.execute("""
                    CREATE TABLE IF NOT EXISTS answers (
                      key TEXT PRIMARY KEY,
                      kind TEXT NOT NULL,
                      answer TEXT NOT NULL,
                      created_at TEXT NOT NULL)""");
        }
        this.select = connection.prepareStatement("SELECT answer FROM answers WHERE key = ?");
        this.insert = connection.prepareStatement(
                "INSERT OR REPLACE INTO answers (key, kind, answer, created_at) VALUES (?, ?, ?, ?)");
    }

    /**
     * Opens (creating if needed) the cache at {@code file}.
     *
     * @throws TarjamaException with exit code 2 when the file cannot be opened as a cache
     */
    public static SqliteAnswerCache open(Path file, Clock clock) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            connection.setAutoCommit(true);
            return new SqliteAnswerCache(connection, clock);
        } catch (IOException | SQLException e) {
            throw new TarjamaException(ExitCodes.USAGE,
                    "cannot open the cache " + file + " (" + e.getMessage() + "); move it with --cache or use --no-cache", e);
        }
    }

    @Override
    public synchronized Optional<String> get(CacheKey key) {
        try {
            select.setString(1, key.digest());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cache read failed: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void put(CacheKey key, String answer) {
        try {
            insert.setString(1, key.digest());
            insert.setString(2, key.kind());
            insert.setString(3, answer);
            insert.setString(4, clock.instant().toString());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cache write failed: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing at exit: nothing left to save
        }
    }
}
