package dev.tarjama.internal.store;

import dev.tarjama.StorageException;
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
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The answer cache in an embedded SQLite database. Each answer is committed on its own as it arrives (WAL
 * journal), so a run killed at any moment keeps every answer it had received. Each thread reads and writes through
 * its own connection, so requests finishing together never queue on one lock; several tarjama processes may share
 * the file, and a claims table keeps two of them from paying for the same answer.
 */
public final class SqliteAnswerCache implements AnswerCache {
    private static final String SCHEMA = """
            CREATE TABLE IF NOT EXISTS answers (
              key TEXT PRIMARY KEY,
              kind TEXT NOT NULL,
              answer TEXT NOT NULL,
              created_at TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS claims (
              key TEXT PRIMARY KEY,
              owner TEXT NOT NULL,
              until_ms INTEGER NOT NULL)""";

    private final Path file;
    private final Clock clock;
    private final String owner = ProcessOwner.current();
    private final List<Statements> opened = new CopyOnWriteArrayList<>();
    private final ThreadLocal<Statements> statements = ThreadLocal.withInitial(this::connect);
    private volatile boolean closed;

    /** One thread's connection and its prepared statements. */
    private record Statements(
            Connection connection,
            PreparedStatement select,
            PreparedStatement insert,
            PreparedStatement claim,
            PreparedStatement holder,
            PreparedStatement takeOver,
            PreparedStatement release) {}

    private SqliteAnswerCache(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /**
     * Opens (creating if needed) the cache at {@code file}.
     *
     * @throws dev.tarjama.StorageException when the file cannot be opened as a cache
     */
    public static SqliteAnswerCache open(Path file, Clock clock) {
        SqliteAnswerCache cache = new SqliteAnswerCache(file.toAbsolutePath(), clock);
        try {
            Path parent = cache.file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + cache.file);
                    Statement s = connection.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA busy_timeout=10000");
                for (String statement : SCHEMA.split(";")) {
                    s.execute(statement);
                }
            }
        } catch (IOException | SQLException e) {
            throw new StorageException(
                    "cannot open the cache " + file + " (" + e.getMessage()
                            + "); move it with --cache, delete it, or use --no-cache",
                    e);
        }
        return cache;
    }

    private Statements connect() {
        if (closed) {
            throw new IllegalStateException("the answer cache is closed");
        }
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout=10000");
                // WAL + NORMAL survives a killed process; only a power loss may cost the last answers
                s.execute("PRAGMA synchronous=NORMAL");
            }
            Statements made = new Statements(
                    c,
                    c.prepareStatement("SELECT answer FROM answers WHERE key = ?"),
                    c.prepareStatement(
                            "INSERT OR REPLACE INTO answers (key, kind, answer, created_at) VALUES (?, ?, ?, ?)"),
                    c.prepareStatement("INSERT INTO claims (key, owner, until_ms) VALUES (?, ?, ?) "
                            + "ON CONFLICT(key) DO UPDATE SET owner = excluded.owner, until_ms = excluded.until_ms "
                            + "WHERE claims.until_ms < ? OR claims.owner = excluded.owner"),
                    c.prepareStatement("SELECT owner FROM claims WHERE key = ?"),
                    c.prepareStatement("UPDATE claims SET owner = ?, until_ms = ? WHERE key = ? AND owner = ?"),
                    c.prepareStatement("DELETE FROM claims WHERE key = ? AND owner = ?"));
            opened.add(made);
            return made;
        } catch (SQLException e) {
            throw damaged(e);
        }
    }

    @Override
    public Optional<String> get(CacheKey key) {
        try {
            PreparedStatement select = statements.get().select();
            select.setString(1, key.digest());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw damaged(e);
        }
    }

    @Override
    public java.util.Set<CacheKey> present(java.util.Collection<CacheKey> keys) {
        java.util.Map<String, CacheKey> byDigest = new java.util.HashMap<>();
        keys.forEach(k -> byDigest.put(k.digest(), k));
        java.util.Set<CacheKey> found = new java.util.HashSet<>();
        List<String> digests = List.copyOf(byDigest.keySet());
        Connection c = statements.get().connection();
        for (int from = 0; from < digests.size(); from += 500) {
            List<String> chunk = digests.subList(from, Math.min(from + 500, digests.size()));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement select =
                    c.prepareStatement("SELECT key FROM answers WHERE key IN (" + marks + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.add(byDigest.get(rows.getString(1)));
                    }
                }
            } catch (SQLException e) {
                throw damaged(e);
            }
        }
        return found;
    }

    @Override
    public void put(CacheKey key, String answer) {
        try {
            PreparedStatement insert = statements.get().insert();
            insert.setString(1, key.digest());
            insert.setString(2, key.kind());
            insert.setString(3, answer);
            insert.setString(4, clock.instant().toString());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw damaged(e);
        }
    }

    @Override
    public boolean claim(CacheKey key, Duration lease) {
        try {
            long now = clock.millis();
            PreparedStatement claim = statements.get().claim();
            claim.setString(1, key.digest());
            claim.setString(2, owner);
            claim.setLong(3, now + lease.toMillis());
            claim.setLong(4, now);
            if (claim.executeUpdate() > 0) {
                return true;
            }
            return takeOverFromTheDead(key, now + lease.toMillis());
        } catch (SQLException e) {
            throw damaged(e);
        }
    }

    /** A claim whose holder was killed on this machine need not run out: it is taken over at once. */
    private boolean takeOverFromTheDead(CacheKey key, long until) throws SQLException {
        Statements s = statements.get();
        s.holder().setString(1, key.digest());
        String holder;
        try (ResultSet rows = s.holder().executeQuery()) {
            if (!rows.next()) {
                return false;
            }
            holder = rows.getString(1);
        }
        if (!ProcessOwner.isGone(holder)) {
            return false;
        }
        s.takeOver().setString(1, owner);
        s.takeOver().setLong(2, until);
        s.takeOver().setString(3, key.digest());
        s.takeOver().setString(4, holder);
        return s.takeOver().executeUpdate() > 0;
    }

    @Override
    public void release(CacheKey key) {
        try {
            PreparedStatement release = statements.get().release();
            release.setString(1, key.digest());
            release.setString(2, owner);
            release.executeUpdate();
        } catch (SQLException e) {
            throw damaged(e);
        }
    }

    @Override
    public String location() {
        return file.toString();
    }

    @Override
    public void close() {
        closed = true;
        for (Statements s : opened) {
            try {
                s.connection().close();
            } catch (SQLException ignored) {
                // closing at exit: nothing left to save
            }
        }
        opened.clear();
    }

    /** One line saying what is wrong with the file and what to do about it. */
    private RuntimeException damaged(SQLException e) {
        if (closed) {
            return new IllegalStateException("the answer cache is closed", e);
        }
        String message = String.valueOf(e.getMessage());
        String what = message.contains("SQLITE_CORRUPT")
                        || message.contains("SQLITE_NOTADB")
                        || message.contains("malformed")
                ? "is damaged"
                : message.contains("SQLITE_FULL")
                        ? "cannot grow: the disk is full"
                        : message.contains("SQLITE_READONLY")
                                ? "is read-only"
                                : message.contains("SQLITE_BUSY") ? "is locked by another program" : "cannot be used";
        return new CacheDamagedException(
                "the answer cache " + file + " " + what + " (" + firstLine(message)
                        + "): new answers are not being kept, so a rerun would pay for them again; delete the file, or use "
                        + "--cache elsewhere or --no-cache",
                e);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }
}
