package dev.tarjama.internal.watch;

import dev.tarjama.StorageException;
import dev.tarjama.internal.render.BriefsFeed;
import dev.tarjama.internal.render.IndexEntry;
import dev.tarjama.internal.render.OutputWriter;
import dev.tarjama.internal.render.PageFont;
import dev.tarjama.internal.render.SharedAssets;
import dev.tarjama.internal.render.WatchPages;
import dev.tarjama.internal.store.ArticleLifecycle;
import dev.tarjama.internal.store.LedgerEntry;
import dev.tarjama.model.ArticleState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a watch publishes at its output root after each cycle, from the ledger alone: {@code index.html} and
 * {@code index.md} (every item, newest first), the digest of each day a cycle touched ({@code digest-YYYY-MM-DD.md}
 * and {@code .html}) and {@code briefs.atom}. Each file is written beside its place and moved over it, so a reader
 * never sees half a page.
 */
public final class WatchIndex {
    /** The files of an item's folder that the index links to, the first one from its title. */
    private static final List<String> LINKED =
            List.of("bilingual.html", "brief.md", "english.html", "bilingual.pdf", "article.json");

    /** The most items the index pages list. */
    static final int INDEX_SIZE = 500;

    private final Path root;
    private final SharedAssets assets;

    public WatchIndex(Path root) {
        this.root = root;
        this.assets = new SharedAssets(root);
    }

    /**
     * Rewrites the pages.
     *
     * @param cycle   one line on the cycle that just ended
     * @param touched items processed since this instant have their day's digest rewritten
     */
    public void publish(List<LedgerEntry> ledger, String cycle, Instant touched, Instant now) {
        // newest published first (an article without a date by when it was last processed); a twin is the article
        // it repeats, already listed under its first source
        List<IndexEntry> entries = ledger.stream()
                .filter(e -> e.state() != ArticleState.TWIN)
                .map(this::entry)
                .sorted(Comparator.comparing(IndexEntry::when).reversed().thenComparing(IndexEntry::title))
                .toList();
        // a watch runs for months: the pages show the newest items, the ledger (tarjama status) keeps them all
        List<IndexEntry> shown = entries.subList(0, Math.min(INDEX_SIZE, entries.size()));
        String heading = shown.size() < entries.size()
                ? cycle + " · the newest " + shown.size() + " of " + entries.size()
                        + " items (tarjama status lists all)"
                : cycle;
        PageFont font = sharedFont();
        write("index.html", WatchPages.indexHtml(shown, heading, now, font));
        write("index.md", WatchPages.indexMarkdown(shown, heading, now));
        List<IndexEntry> translated =
                entries.stream().filter(e -> e.state() == ArticleState.DONE).toList();
        write("briefs.atom", BriefsFeed.atom(translated, now));
        Set<LocalDate> days = new TreeSet<>();
        days.add(WatchPages.day(now));
        entries.stream()
                .filter(e -> !e.updated().isBefore(touched))
                .forEach(e -> days.add(WatchPages.day(e.updated())));
        for (LocalDate day : days) {
            List<IndexEntry> ofDay = translated.stream()
                    .filter(e -> WatchPages.day(e.updated()).equals(day))
                    .toList();
            write("digest-" + day + ".md", WatchPages.digestMarkdown(day, ofDay));
            write("digest-" + day + ".html", WatchPages.digestHtml(day, ofDay, font));
        }
    }

    private IndexEntry entry(LedgerEntry e) {
        String problem = e.lastError() == null || e.state().translated()
                ? null
                : e.lastError()
                        + (e.attempts() > 0
                                ? " (attempt " + e.attempts() + " of " + ArticleLifecycle.MAX_ATTEMPTS + ")"
                                : "");
        return new IndexEntry(
                e.itemId(),
                e.name(),
                e.card(),
                e.source(),
                e.state(),
                problem,
                e.folder(),
                present(e.folder()),
                e.translatedAt() != null ? e.translatedAt() : e.lastTried(),
                e.published());
    }

    /** The linked files the item's folder holds. */
    private List<String> present(String folder) {
        if (folder == null) {
            return List.of();
        }
        Path directory = root.resolve(folder).normalize(); // a source with its own output root lies beside this one
        return LINKED.stream()
                .filter(f -> Files.isRegularFile(directory.resolve(f)))
                .toList();
    }

    /**
     * Through a temporary file of its own and a rename: several workers sharing a database may publish into one
     * output root at the same moment, and a reader sees one whole page or another, never a mix.
     */
    /** The root's shared Arabic face, written when missing, for the original headlines the pages show. */
    private PageFont sharedFont() {
        try {
            return assets.fontFor(root);
        } catch (IOException e) {
            throw new StorageException(
                    "cannot write " + root.resolve(SharedAssets.DIRECTORY) + ": " + e.getMessage(), e);
        }
    }

    private void write(String name, String content) {
        Path target = root.resolve(name);
        try {
            OutputWriter.writeAtomically(target, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new StorageException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
