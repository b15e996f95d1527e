package dev.tarjama.internal.desk;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The desk's search in SQLite's FTS5, in {@code .tarjama/desk.db} under the output root. */
final class SqliteDeskSearch extends DeskSearch {
    private final Connection db;

    SqliteDeskSearch(DeskShelf shelf) {
        super(shelf);
        Path file = shelf.root().resolve(".tarjama").resolve("desk.db");
        try {
            Files.createDirectories(file.getParent());
            db = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("CREATE VIRTUAL TABLE IF NOT EXISTS paragraphs USING fts5(folder UNINDEXED, idx UNINDEXED,"
                        + " source, translation, tokenize='unicode61 remove_diacritics 2')");
                s.execute(
                        "CREATE TABLE IF NOT EXISTS indexed(folder TEXT PRIMARY KEY, modified INTEGER, size INTEGER)");
            }
        } catch (IOException | SQLException e) {
            throw new StorageException("cannot open the desk's search index " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    Map<String, long[]> indexed() {
        Map<String, long[]> indexed = new HashMap<>();
        try (Statement s = db.createStatement();
                ResultSet rows = s.executeQuery("SELECT folder, modified, size FROM indexed")) {
            while (rows.next()) {
                indexed.put(rows.getString(1), new long[] {rows.getLong(2), rows.getLong(3)});
            }
        } catch (SQLException e) {
            throw new StorageException("cannot read the desk's search index: " + e.getMessage(), e);
        }
        return indexed;
    }

    @Override
    void update(List<Folder> changed, List<String> gone) {
        try {
            db.setAutoCommit(false);
            for (String folder : gone) {
                drop(folder);
            }
            for (Folder folder : changed) {
                drop(folder.name());
                try (PreparedStatement insert = db.prepareStatement(
                        "INSERT INTO paragraphs(folder, idx, source, translation) VALUES (?, ?, ?, ?)")) {
                    for (Row row : folder.rows()) {
                        insert.setString(1, folder.name());
                        insert.setInt(2, row.index());
                        insert.setString(3, row.source());
                        insert.setString(4, row.translation());
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                try (PreparedStatement mark = db.prepareStatement(
                        "INSERT OR REPLACE INTO indexed(folder, modified, size) VALUES (?, ?, ?)")) {
                    mark.setString(1, folder.name());
                    mark.setLong(2, folder.modified());
                    mark.setLong(3, folder.size());
                    mark.executeUpdate();
                }
            }
            db.commit();
        } catch (SQLException e) {
            try {
                db.rollback();
            } catch (SQLException ignored) {
                // the connection is broken; the next search says so
            }
            throw new StorageException("cannot update the desk's search index: " + e.getMessage(), e);
        } finally {
            try {
                db.setAutoCommit(true);
            } catch (SQLException ignored) {
                // as above
            }
        }
    }

    private void drop(String folder) throws SQLException {
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM paragraphs WHERE folder = ?");
                PreparedStatement forget = db.prepareStatement("DELETE FROM indexed WHERE folder = ?")) {
            delete.setString(1, folder);
            delete.executeUpdate();
            forget.setString(1, folder);
            forget.executeUpdate();
        }
    }

    @Override
    List<Hit> find(String query) {
        String match = match(query);
        if (match.isEmpty()) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        String sql = "SELECT folder, idx, snippet(paragraphs, 2, ?, ?, '…', 24), snippet(paragraphs, 3, ?, ?, '…', 24)"
                + " FROM paragraphs WHERE paragraphs MATCH ? ORDER BY rank LIMIT " + RESULTS;
        try (PreparedStatement select = db.prepareStatement(sql)) {
            select.setString(1, String.valueOf(OPEN));
            select.setString(2, String.valueOf(CLOSE));
            select.setString(3, String.valueOf(OPEN));
            select.setString(4, String.valueOf(CLOSE));
            select.setString(5, match);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    hits.add(new Hit(rows.getString(1), null, rows.getInt(2), rows.getString(3), rows.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw new StorageException("search failed: " + e.getMessage(), e);
        }
        return hits;
    }

    /** Every word of the query as a quoted FTS5 string, so that no query is read as FTS5's own syntax. */
    static String match(String query) {
        List<String> terms = new ArrayList<>();
        for (String word : query.strip().split("\\s+")) {
            String cleaned = word.replace("\"", "");
            if (!cleaned.isBlank()) {
                terms.add('"' + cleaned + '"');
            }
        }
        return String.join(" ", terms);
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            // closing: nothing left to keep
        }
    }
}
