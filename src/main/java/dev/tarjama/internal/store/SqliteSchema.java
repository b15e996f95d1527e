package dev.tarjama.internal.store;

import dev.tarjama.model.ArticleState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * The SQLite ledger's schema, the same tables as PostgreSQL's ({@code db/migration/postgresql}), and its migration
 * from the first version: the {@code items} table keyed by item id alone becomes {@code articles} keyed by source and
 * id, the parked items become {@code PARKED}, and an item that was never read (recorded as {@code unread:<address>})
 * becomes the row its article will have once it is read. The old table is kept, renamed, so nothing is lost.
 */
final class SqliteSchema {
    private static final String ARTICLES = """
            CREATE TABLE IF NOT EXISTS articles (
              source TEXT NOT NULL,
              item_id TEXT NOT NULL,
              link TEXT,
              name TEXT NOT NULL,
              content_hash TEXT NOT NULL,
              state TEXT NOT NULL,
              attempts INTEGER NOT NULL,
              last_error TEXT,
              next_attempt TEXT,
              folder TEXT,
              first_seen TEXT NOT NULL,
              last_tried TEXT NOT NULL,
              translated_at TEXT,
              published TEXT,
              card TEXT,
              requests INTEGER NOT NULL DEFAULT 0,
              tokens INTEGER NOT NULL DEFAULT 0,
              cost_usd REAL,
              article TEXT,
              queued_at TEXT,
              is_update INTEGER NOT NULL DEFAULT 0,
              claimed_by TEXT,
              lease_until TEXT,
              PRIMARY KEY (source, item_id))""";

    private static final String SOURCES = """
            CREATE TABLE IF NOT EXISTS sources (
              name TEXT PRIMARY KEY,
              etag TEXT,
              last_modified TEXT,
              polled TEXT,
              claimed_by TEXT,
              lease_until TEXT)""";

    private SqliteSchema() {}

    /** A connection to the ledger in {@code file}, created when missing and brought up to date. */
    static Connection open(java.nio.file.Path file) throws java.io.IOException, SQLException {
        java.nio.file.Files.createDirectories(file.getParent());
        Connection connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            // a commit reaches the operating system at once, so a kill -9 loses nothing; the disk is synced at
            // checkpoints rather than at every commit, which a watch makes hundreds of per cycle
            s.execute("PRAGMA synchronous=NORMAL");
            s.execute("PRAGMA busy_timeout=10000");
            bringUpToDate(connection);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    static void bringUpToDate(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            s.execute(ARTICLES);
            s.execute("CREATE INDEX IF NOT EXISTS articles_by_content ON articles (content_hash)");
            s.execute("CREATE INDEX IF NOT EXISTS articles_by_link ON articles (source, link)");
            s.execute("CREATE INDEX IF NOT EXISTS articles_queue ON articles (state, queued_at)");
            if (columns(s, "sources").contains("polled")
                    && !columns(s, "sources").contains("claimed_by")) {
                s.execute("ALTER TABLE sources RENAME TO sources_before_v2");
                s.execute(SOURCES);
                s.execute("INSERT INTO sources (name, etag, last_modified, polled) "
                        + "SELECT name, etag, last_modified, polled FROM sources_before_v2");
                s.execute("DROP TABLE sources_before_v2");
            }
            s.execute(SOURCES);
            s.execute("CREATE TABLE IF NOT EXISTS spending (at TEXT NOT NULL, requests INTEGER NOT NULL, "
                    + "tokens INTEGER NOT NULL, cost_usd REAL)");
            if (!columns(s, "items").isEmpty()) {
                migrateItems(connection);
                s.execute("ALTER TABLE items RENAME TO items_before_v2");
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static Set<String> columns(Statement s, String table) throws SQLException {
        Set<String> present = new HashSet<>();
        try (ResultSet columns = s.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (columns.next()) {
                present.add(columns.getString("name"));
            }
        }
        return present;
    }

    /** Every row of the first version's {@code items}, as the row of {@code articles} it stands for. */
    private static void migrateItems(Connection connection) throws SQLException {
        Set<String> old;
        try (Statement s = connection.createStatement()) {
            old = columns(s, "items");
        }
        String optional = (old.contains("card") ? "card" : "NULL AS card")
                + (old.contains("article")
                        ? ", article, name, previous, queued_at"
                        : ", NULL AS article, NULL AS name, " + "NULL AS previous, NULL AS queued_at");
        try (Statement s = connection.createStatement();
                ResultSet rows = s.executeQuery("SELECT item_id, source, content_hash, status, attempts, last_error, "
                        + "folder, first_seen, last_tried, " + optional + " FROM items");
                PreparedStatement insert = connection.prepareStatement("INSERT OR IGNORE INTO articles (source, "
                        + "item_id, name, content_hash, state, attempts, last_error, next_attempt, folder, first_seen, "
                        + "last_tried, translated_at, card, article, queued_at, is_update) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            while (rows.next()) {
                String id = rows.getString("item_id");
                boolean unread = id.startsWith("unread:");
                String itemId = unread ? id.substring("unread:".length()) : id;
                // a queued item of the very first version kept no copy of its article: it is read again
                ArticleState state = switch (rows.getString("status")) {
                    case "DONE" -> ArticleState.DONE;
                    case "QUEUED" -> rows.getString("article") != null ? ArticleState.QUEUED : ArticleState.RETRY;
                    case "FAILED" -> ArticleState.PARKED;
                    default -> ArticleState.RETRY;
                };
                Instant lastTried = Instant.parse(rows.getString("last_tried"));
                int attempts = rows.getInt("attempts");
                String name = rows.getString("name");
                insert.setString(1, rows.getString("source"));
                insert.setString(2, itemId);
                insert.setString(3, name != null ? name : itemId);
                insert.setString(4, unread ? "" : rows.getString("content_hash"));
                insert.setString(5, state.name());
                insert.setInt(6, attempts);
                insert.setString(7, rows.getString("last_error"));
                insert.setString(
                        8,
                        state == ArticleState.RETRY
                                ? Dialect.Sqlite.text(lastTried.plus(ArticleLifecycle.DEFAULT_FIRST_RETRY.multipliedBy(
                                        1L << Math.max(0, Math.min(attempts - 1, 20)))))
                                : null);
                insert.setString(9, rows.getString("folder"));
                insert.setString(10, Dialect.Sqlite.text(Instant.parse(rows.getString("first_seen"))));
                insert.setString(11, Dialect.Sqlite.text(lastTried));
                insert.setString(12, state == ArticleState.DONE ? Dialect.Sqlite.text(lastTried) : null);
                insert.setString(13, rows.getString("card"));
                insert.setString(14, rows.getString("article"));
                String queuedAt = rows.getString("queued_at");
                insert.setString(
                        15,
                        state == ArticleState.QUEUED
                                ? Dialect.Sqlite.text(queuedAt == null ? lastTried : Instant.parse(queuedAt))
                                : null);
                insert.setBoolean(16, "DONE".equals(rows.getString("previous")));
                insert.executeUpdate();
            }
        }
        // spending kept its shape; its times are compared as text, so they take the fixed width too
        try (Statement s = connection.createStatement()) {
            s.execute("UPDATE spending SET at = substr(at, 1, 19) || '.000000000Z' WHERE length(at) = 20");
        }
    }
}
