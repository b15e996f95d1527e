package dev.tarjama.internal.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tarjama.StorageException;
import dev.tarjama.internal.render.OutputWriter;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Full-text search over the sources and translations of an output root, in SQLite's FTS5 ({@code .tarjama/desk.db}
 * beside the watch ledger). The index follows the folders: before each search, a folder whose record changed since
 * it was indexed (a new article, a watch's new translation, an edit) is indexed again, one that is gone is dropped.
 */
public final class DeskSearch implements AutoCloseable {
    /** Marks around a match in a snippet; chosen so that no article text holds them, and replaced after escaping. */
    public static final char OPEN = '\u0002';

    public static final char CLOSE = '\u0003';

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int RESULTS = 100;

    private final DeskShelf shelf;
    private final Connection db;

    /**
     * One match: a paragraph and its text with the matched words between {@link #OPEN} and {@link #CLOSE}.
     *
     * @param source      the source paragraph's snippet
     * @param translation the translation's snippet
     */
    public record Hit(String folder, String title, int index, String source, String translation) {}

    public DeskSearch(DeskShelf shelf) {
        this.shelf = shelf;
        Path file = shelf.root().resolve(".tarjama").resolve("desk.db");
        try {
            Files.createDirectories(file.getParent());
            db = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute(
                        "CREATE VIRTUAL TABLE IF NOT EXISTS paragraphs USING fts5("
                                + "folder UNINDEXED, idx UNINDEXED, source, translation, tokenize='unicode61 remove_diacritics 2')");
                s.execute(
                        "CREATE TABLE IF NOT EXISTS indexed(folder TEXT PRIMARY KEY, modified INTEGER, size INTEGER)");
            }
        } catch (IOException | SQLException e) {
            throw new StorageException("cannot open the desk's search index " + file + ": " + e.getMessage(), e);
        }
    }

    /** The paragraphs matching every word of {@code query}, best first. */
    public synchronized List<Hit> search(String query) {
        String match = match(query);
        if (match.isEmpty()) {
            return List.of();
        }
        Map<String, String> titles = refresh();
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
                    String folder = rows.getString(1);
                    hits.add(new Hit(
                            folder,
                            titles.getOrDefault(folder, folder),
                            rows.getInt(2),
                            rows.getString(3),
                            rows.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw new StorageException("search failed: " + e.getMessage(), e);
        }
        return hits;
    }

    /** Every word of the query as a quoted FTS5 string, so that no query is read as FTS5's own syntax. */
    static String match(String query) {
        if (query == null) {
            return "";
        }
        List<String> terms = new ArrayList<>();
        for (String word : query.strip().split("\\s+")) {
            String cleaned = word.replace("\"", "");
            if (!cleaned.isBlank()) {
                terms.add('"' + cleaned + '"');
            }
        }
        return String.join(" ", terms);
    }

    /** Brings the index up to the folders as they are now; answers each folder's title. */
    private Map<String, String> refresh() {
        Map<String, String> titles = new HashMap<>();
        try {
            Map<String, long[]> indexed = new HashMap<>();
            try (Statement s = db.createStatement();
                    ResultSet rows = s.executeQuery("SELECT folder, modified, size FROM indexed")) {
                while (rows.next()) {
                    indexed.put(rows.getString(1), new long[] {rows.getLong(2), rows.getLong(3)});
                }
            }
            Set<String> present = new HashSet<>();
            db.setAutoCommit(false);
            for (DeskArticle article : shelf.articles()) {
                titles.put(article.folder(), article.title());
                present.add(article.folder());
                Path record = shelf.root().resolve(article.folder()).resolve(OutputWriter.RECORD);
                long modified = Files.getLastModifiedTime(record).toMillis();
                long size = Files.size(record);
                long[] known = indexed.get(article.folder());
                if (known == null || known[0] != modified || known[1] != size) {
                    index(article.folder(), record, modified, size);
                }
            }
            for (String gone : indexed.keySet()) {
                if (!present.contains(gone)) {
                    drop(gone);
                }
            }
            db.commit();
        } catch (IOException | SQLException e) {
            rollback();
            throw new StorageException("cannot index the output root for search: " + e.getMessage(), e);
        } finally {
            autoCommit();
        }
        return titles;
    }

    private void index(String folder, Path record, long modified, long size) throws IOException, SQLException {
        drop(folder);
        JsonNode tree = JSON.readTree(record.toFile());
        try (PreparedStatement insert =
                db.prepareStatement("INSERT INTO paragraphs(folder, idx, source, translation) VALUES (?, ?, ?, ?)")) {
            for (JsonNode p : tree.path("paragraphs")) {
                insert.setString(1, folder);
                insert.setInt(2, p.path("index").asInt());
                insert.setString(3, p.path("source").asText(""));
                insert.setString(4, p.path("translation").asText(""));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement mark =
                db.prepareStatement("INSERT OR REPLACE INTO indexed(folder, modified, size) VALUES (?, ?, ?)")) {
            mark.setString(1, folder);
            mark.setLong(2, modified);
            mark.setLong(3, size);
            mark.executeUpdate();
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

    private void rollback() {
        try {
            db.rollback();
        } catch (SQLException e) {
            // the connection is broken; the next search says so
        }
    }

    private void autoCommit() {
        try {
            db.setAutoCommit(true);
        } catch (SQLException e) {
            // as above
        }
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
