package dev.tarjama.internal.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tarjama.StorageException;
import dev.tarjama.internal.render.OutputWriter;
import dev.tarjama.internal.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Full-text search over the sources and translations of an output root: in SQLite's FTS5 beside the watch ledger
 * ({@code .tarjama/desk.db}), or in PostgreSQL's full-text search in the database watch workers share. The index
 * follows the folders: before each search, a folder whose record changed since it was indexed (a new article, a
 * watch's new translation, an edit) is indexed again, one that is gone is dropped.
 */
public abstract class DeskSearch implements AutoCloseable {
    /** Marks around a match in a snippet; chosen so that no article text holds them, and replaced after escaping. */
    public static final char OPEN = '\u0002';

    public static final char CLOSE = '\u0003';

    /** The most paragraphs a search answers. */
    static final int RESULTS = 100;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DeskShelf shelf;

    /**
     * One match: a paragraph and its text with the matched words between {@link #OPEN} and {@link #CLOSE}.
     *
     * @param source      the source paragraph's snippet
     * @param translation the translation's snippet
     */
    public record Hit(String folder, String title, int index, String source, String translation) {}

    /** A paragraph as the index holds it. */
    record Row(int index, String source, String translation) {}

    /** A folder's paragraphs to index, and the version of its record they come from. */
    record Folder(String name, List<Row> rows, long modified, long size) {}

    DeskSearch(DeskShelf shelf) {
        this.shelf = shelf;
    }

    /** Search in {@code .tarjama/desk.db} under the root. */
    public static DeskSearch sqlite(DeskShelf shelf) {
        return new SqliteDeskSearch(shelf);
    }

    /** Search in the shared database, the root's rows apart from other roots'. */
    public static DeskSearch postgresql(DeskShelf shelf, Database db) {
        return new PostgresDeskSearch(shelf, db);
    }

    /** The paragraphs matching every word of {@code query}, best first. */
    public synchronized List<Hit> search(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        Map<String, String> titles = new HashMap<>();
        List<Folder> changed = new ArrayList<>();
        Set<String> present = new HashSet<>();
        Map<String, long[]> indexed = indexed();
        try {
            for (DeskArticle article : shelf.articles()) {
                titles.put(article.folder(), article.title());
                present.add(article.folder());
                Path record = shelf.root().resolve(article.folder()).resolve(OutputWriter.RECORD);
                long modified = Files.getLastModifiedTime(record).toMillis();
                long size = Files.size(record);
                long[] known = indexed.get(article.folder());
                if (known == null || known[0] != modified || known[1] != size) {
                    changed.add(new Folder(article.folder(), rows(record), modified, size));
                }
            }
        } catch (IOException e) {
            throw new StorageException("cannot index the output root for search: " + e.getMessage(), e);
        }
        List<String> gone =
                indexed.keySet().stream().filter(f -> !present.contains(f)).toList();
        if (!changed.isEmpty() || !gone.isEmpty()) {
            update(changed, gone);
        }
        List<Hit> hits = new ArrayList<>();
        for (Hit hit : find(query.strip())) {
            hits.add(new Hit(
                    hit.folder(),
                    titles.getOrDefault(hit.folder(), hit.folder()),
                    hit.index(),
                    hit.source(),
                    hit.translation()));
        }
        return hits;
    }

    /** Each indexed folder's record version: its modification time and size. */
    abstract Map<String, long[]> indexed();

    /** Indexes {@code changed} again and drops {@code gone}, in one transaction. */
    abstract void update(List<Folder> changed, List<String> gone);

    /** The best matches, their titles left to the caller. */
    abstract List<Hit> find(String query);

    private static List<Row> rows(Path record) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (JsonNode p : JSON.readTree(record.toFile()).path("paragraphs")) {
            rows.add(new Row(
                    p.path("index").asInt(),
                    p.path("source").asText(""),
                    p.path("translation").asText("")));
        }
        return rows;
    }

    @Override
    public abstract void close();
}
