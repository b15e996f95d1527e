package dev.tarjama.internal.publish;

import dev.tarjama.Reporter;
import dev.tarjama.internal.render.OutputFormat;
import dev.tarjama.internal.render.OutputWriter;
import dev.tarjama.internal.render.SharedAssets;
import dev.tarjama.model.TranslatedArticle;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Puts translated articles into an output root, each in its own folder, the same way whoever asks (the command line,
 * a watch, a program): the folder chosen once and claimed ({@link OutputFolders}), a person's edits in it kept
 * ({@link HumanEdits}), its previous record kept under {@code versions/} when asked or when it holds edits the new
 * one will not, and every file written atomically.
 */
public final class Publisher {
    private final Path root;
    private final OutputFolders folders;
    /** The root's shared assets the pages use, or {@code null} when every page carries its font. */
    private final SharedAssets assets;

    private final Clock clock;
    private final Reporter reporter;

    public Publisher(Path root, Clock clock, Reporter reporter) {
        this(root, clock, reporter, false);
    }

    /**
     * @param selfContained pages that carry their Arabic font rather than linking the root's one copy in
     *                      {@code assets/}
     */
    public Publisher(Path root, Clock clock, Reporter reporter, boolean selfContained) {
        this.root = root;
        this.folders = new OutputFolders(root);
        this.assets = selfContained ? null : new SharedAssets(root);
        this.clock = clock;
        this.reporter = reporter;
    }

    /**
     * What was published.
     *
     * @param article        the article as written, placed and with a person's edits carried over
     * @param folder         its folder
     * @param files          the files written, in order
     * @param editsKept      paragraphs that keep a person's text
     * @param previousRecord where the folder's previous record was kept, or {@code null}
     */
    public record Published(
            TranslatedArticle article, Path folder, List<Path> files, int editsKept, Path previousRecord) {}

    /**
     * @param name       the input as named: a path, an address, a feed item's link (the folder's name comes from it)
     * @param identity   what identifies the input across runs
     * @param keepPrevious keep the folder's previous record under {@code versions/} even when it holds no edits (a
     *                   watch keeps every version of an article that changed)
     * @throws dev.tarjama.StorageException when the folder cannot be written
     */
    public Published publish(
            TranslatedArticle translated,
            String name,
            String identity,
            List<OutputFormat> formats,
            boolean keepPrevious) {
        // English keeps the folder and identity it always had; another language gets its own ("story.fr")
        String language = translated.targetLanguage().equalsIgnoreCase("en") ? "" : translated.targetLanguage();
        TranslatedArticle.Placement placement = folders.choose(
                name,
                language.isEmpty() ? identity : identity + "#" + language,
                translated.article().text("\n"),
                language);
        Path directory = folders.resolve(placement);
        // the record is read for a person's edits and written again in one hold: an edit saved in between is not lost
        try (FolderLock lock = FolderLock.hold(root, directory)) {
            Path kept = keepPrevious ? RecordVersions.keep(directory, clock.instant()) : null;
            HumanEdits.Carried carried = HumanEdits.carry(directory, translated.placed(placement));
            if (carried.kept() > 0) {
                reporter.info(String.format(
                        Locale.ROOT,
                        "%s: %d paragraph%s keep%s the text a person edited (its source is unchanged)",
                        name,
                        carried.kept(),
                        carried.kept() == 1 ? "" : "s",
                        carried.kept() == 1 ? "s" : ""));
            }
            if (carried.losesWork()) {
                if (kept == null) {
                    kept = RecordVersions.keep(directory, clock.instant());
                }
                if (kept != null) {
                    reporter.warn(name + ": "
                            + (carried.unreadable()
                                    ? "the previous article.json could not be read"
                                    : carried.dropped() + " paragraph" + (carried.dropped() == 1 ? "" : "s")
                                            + " a person edited changed in the source")
                            + "; the previous record, with the edits, is kept as " + directory.relativize(kept));
                }
            }
            List<Path> files = new OutputWriter(formats, assets).write(carried.article(), directory, reporter::warn);
            folders.settled(placement);
            return new Published(carried.article(), directory, files, carried.kept(), kept);
        }
    }
}
