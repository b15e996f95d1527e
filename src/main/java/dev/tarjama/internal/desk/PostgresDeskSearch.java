package dev.tarjama.internal.desk;

import dev.tarjama.internal.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The desk's search in PostgreSQL's full-text search ({@code tarjama serve --db}): the {@code simple} configuration
 * (no stemming, so Arabic and English words match as written), the query read as a web search would read it. The
 * matched words are marked here rather than by {@code ts_headline}, which drops whatever looks like a tag (a
 * translation's "{@code <census>}" would vanish). Rows carry their output root, so several desks may share one
 * database.
 */
final class PostgresDeskSearch extends DeskSearch {
    private final Database db;
    private final String root;

    PostgresDeskSearch(DeskShelf shelf, Database db) {
        super(shelf);
        this.db = db;
        this.root = shelf.root().toString();
    }

    @Override
    Map<String, long[]> indexed() {
        return db.transaction("read the desk's search index", connection -> {
            Map<String, long[]> indexed = new HashMap<>();
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT folder, modified, size FROM desk_indexed WHERE root = ?")) {
                select.setString(1, root);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        indexed.put(rows.getString(1), new long[] {rows.getLong(2), rows.getLong(3)});
                    }
                }
            }
            return indexed;
        });
    }

    @Override
    void update(List<Folder> changed, List<String> gone) {
        db.transaction("update the desk's search index", connection -> {
            List<String> dropped = new ArrayList<>(gone);
            changed.forEach(f -> dropped.add(f.name()));
            try (PreparedStatement delete =
                            connection.prepareStatement("DELETE FROM desk_paragraphs WHERE root = ? AND folder = ?");
                    PreparedStatement forget =
                            connection.prepareStatement("DELETE FROM desk_indexed WHERE root = ? AND folder = ?")) {
                for (String folder : dropped) {
                    delete.setString(1, root);
                    delete.setString(2, folder);
                    delete.addBatch();
                    forget.setString(1, root);
                    forget.setString(2, folder);
                    forget.addBatch();
                }
                delete.executeBatch();
                forget.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO desk_paragraphs(root, folder, idx, source, translation) VALUES (?, ?, ?, ?, ?)");
                    PreparedStatement mark = connection.prepareStatement(
                            "INSERT INTO desk_indexed(root, folder, modified, size) VALUES (?, ?, ?, ?)")) {
                for (Folder folder : changed) {
                    for (Row row : folder.rows()) {
                        insert.setString(1, root);
                        insert.setString(2, folder.name());
                        insert.setInt(3, row.index());
                        insert.setString(4, row.source());
                        insert.setString(5, row.translation());
                        insert.addBatch();
                    }
                    mark.setString(1, root);
                    mark.setString(2, folder.name());
                    mark.setLong(3, folder.modified());
                    mark.setLong(4, folder.size());
                    mark.addBatch();
                }
                insert.executeBatch();
                mark.executeBatch();
            }
            return null;
        });
    }

    @Override
    List<Hit> find(String query) {
        return db.transaction("search the desk", connection -> {
            List<Hit> hits = new ArrayList<>();
            String sql = "WITH q AS (SELECT websearch_to_tsquery('simple', ?) AS query)"
                    + " SELECT folder, idx, source, translation"
                    + " FROM desk_paragraphs, q WHERE root = ? AND document @@ q.query"
                    + " ORDER BY ts_rank(document, q.query) DESC, folder, idx LIMIT " + RESULTS;
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, query);
                select.setString(2, root);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        hits.add(new Hit(
                                rows.getString(1),
                                null,
                                rows.getInt(2),
                                Snippets.marked(rows.getString(3), query),
                                Snippets.marked(rows.getString(4), query)));
                    }
                }
            }
            return hits;
        });
    }

    @Override
    public void close() {
        // the database belongs to whoever opened it
    }
}
