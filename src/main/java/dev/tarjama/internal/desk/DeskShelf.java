package dev.tarjama.internal.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tarjama.internal.render.OutputWriter;
import dev.tarjama.internal.store.JdbcLedger;
import dev.tarjama.internal.store.Ledger;
import dev.tarjama.internal.store.LedgerEntry;
import dev.tarjama.model.SourceInfo;
import java.io.IOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The articles of an output root, as its folders hold them now: every folder with an {@code article.json}, read once
 * and again only when the record changes (a watch beside the desk adds and rewrites folders; the desk sees them at
 * the next request), with the watch ledger's state where a watch keeps one.
 */
public final class DeskShelf {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** How long a read of the watch ledger answers for its states. */
    private static final long LEDGER_MILLIS = 2000;

    private final Path root;
    private final Clock clock;
    /** Opens the ledger of the watch writing this root, or {@code null} to look for one under the root. */
    private final Supplier<Ledger> ledgerOpener;

    private final Map<String, Cached> records = new ConcurrentHashMap<>();
    private volatile LedgerStates ledger = new LedgerStates(Map.of(), Map.of(), Instant.MIN);

    private record Cached(FileTime modified, long size, DeskArticle article) {}

    private record LedgerStates(Map<String, String> states, Map<String, String> sources, Instant readAt) {}

    public DeskShelf(Path root, Clock clock) {
        this(root, clock, null);
    }

    /** @param ledger opens the ledger the root's watch workers share, or {@code null} for the root's own */
    public DeskShelf(Path root, Clock clock, Supplier<Ledger> ledger) {
        this.root = root;
        this.clock = clock;
        this.ledgerOpener = ledger;
    }

    public Path root() {
        return root;
    }

    /** Every article, newest first. */
    public List<DeskArticle> articles() {
        LedgerStates states = states();
        List<DeskArticle> articles = new ArrayList<>();
        Map<String, Boolean> present = new HashMap<>();
        try (DirectoryStream<Path> folders =
                Files.newDirectoryStream(root, f -> Files.isDirectory(f) && !Files.isSymbolicLink(f))) {
            for (Path folder : folders) {
                String name = folder.getFileName().toString();
                if (!isArticleFolderName(name)) {
                    continue;
                }
                DeskArticle article = read(name, folder.resolve(OutputWriter.RECORD), states);
                if (article != null) {
                    articles.add(article);
                    present.put(name, true);
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        records.keySet().removeIf(name -> !present.containsKey(name));
        articles.sort(Comparator.comparing(DeskArticle::when).reversed().thenComparing(DeskArticle::folder));
        return articles;
    }

    /**
     * The folder of the article named {@code name}, if the root holds one: the name is looked up, never resolved, so
     * that no URL reaches outside the root.
     */
    public Optional<Path> folder(String name) {
        if (name == null || !isArticleFolderName(name)) {
            return Optional.empty();
        }
        Path folder = root.resolve(name);
        if (!folder.getParent().equals(root)
                || Files.isSymbolicLink(folder)
                || !Files.isRegularFile(folder.resolve(OutputWriter.RECORD))) {
            return Optional.empty();
        }
        return Optional.of(folder);
    }

    /** A folder's article as listed, or {@code null} when it has none. */
    public DeskArticle article(String name) {
        return folder(name)
                .map(f -> read(name, f.resolve(OutputWriter.RECORD), states()))
                .orElse(null);
    }

    /** A plain name of a folder tarjama writes: no separators, no dots to climb, not the root's own folders. */
    static boolean isArticleFolderName(String name) {
        return !name.isEmpty()
                && !name.startsWith(".")
                && !name.equals("assets")
                && name.indexOf('/') < 0
                && name.indexOf('\\') < 0
                && name.indexOf('\0') < 0
                && name.length() <= 255;
    }

    private DeskArticle read(String name, Path record, LedgerStates states) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(record, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
        Cached cached = records.get(name);
        DeskArticle article;
        if (cached != null
                && cached.modified().equals(attributes.lastModifiedTime())
                && cached.size() == attributes.size()) {
            article = cached.article();
        } else {
            try {
                article = summary(name, JSON.readTree(record.toFile()));
            } catch (IOException | RuntimeException e) { // half-written by hand, or not tarjama's: not listed
                return null;
            }
            records.put(name, new Cached(attributes.lastModifiedTime(), attributes.size(), article));
        }
        String state = states.states().getOrDefault(name, "done");
        String source = states.sources().get(name);
        return state.equals(article.state()) && java.util.Objects.equals(source, article.source())
                ? article
                : new DeskArticle(
                        article.folder(),
                        article.title(),
                        article.originalTitle(),
                        article.published(),
                        article.when(),
                        state,
                        article.flags(),
                        article.edited(),
                        article.outlet(),
                        source,
                        article.language());
    }

    private static DeskArticle summary(String name, JsonNode record) {
        JsonNode source = record.path("source");
        String original = source.path("title").asText("");
        String title = record.path("brief").path("headline").asText("");
        if (title.isBlank()) {
            for (JsonNode p : record.path("paragraphs")) {
                if (p.path("kind").asText().equals("title") && p.hasNonNull("translation")) {
                    title = p.path("translation").asText();
                    break;
                }
            }
        }
        if (title.isBlank()) {
            title = original.isBlank() ? name : original;
        }
        String published =
                source.hasNonNull("published") ? source.path("published").asText() : null;
        // the publication date read as the model reads it (a date that does not exist is none), else the record's
        Instant when = new SourceInfo(null, null, published, null, null).publishedAt();
        if (when == null) {
            when = createdAt(record.path("created_at").asText(""));
        }
        return new DeskArticle(
                name,
                title,
                original,
                published,
                when == null ? Instant.EPOCH : when,
                "done",
                record.path("qa").path("paragraphs_flagged").asInt(),
                record.path("qa").path("paragraphs_edited").asInt(),
                outlet(source),
                null,
                source.path("language").asText(""));
    }

    private static String outlet(JsonNode source) {
        String site = source.path("site_name").asText("");
        if (!site.isBlank()) {
            return site;
        }
        try {
            String host = URI.create(source.path("url").asText("")).getHost();
            return host == null ? "" : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static Instant createdAt(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The watch ledger's states by folder, read at most every two seconds; none when no watch keeps a ledger. */
    private LedgerStates states() {
        LedgerStates current = ledger;
        Instant now = clock.instant();
        if (current.readAt().plusMillis(LEDGER_MILLIS).isAfter(now)) {
            return current;
        }
        Map<String, String> states = new HashMap<>();
        Map<String, String> sources = new HashMap<>();
        Supplier<Ledger> opener = ledgerOpener != null
                ? ledgerOpener
                : Files.isRegularFile(root.resolve(".tarjama").resolve("state.db"))
                        ? () -> JdbcLedger.sqlite(root, clock)
                        : null;
        if (opener != null) {
            try (Ledger read = opener.get()) {
                for (LedgerEntry entry : read.all()) {
                    if (entry.folder() != null) {
                        states.put(
                                Path.of(entry.folder()).getFileName().toString(),
                                entry.state().jsonName());
                        sources.put(Path.of(entry.folder()).getFileName().toString(), entry.source());
                    }
                }
            } catch (RuntimeException e) {
                // a ledger being migrated or locked: the folders alone answer until the next read
            }
        }
        LedgerStates fresh = new LedgerStates(Map.copyOf(states), Map.copyOf(sources), now);
        ledger = fresh;
        return fresh;
    }
}
