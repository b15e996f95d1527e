package dev.tarjama.internal.render;

import dev.tarjama.StorageException;
import dev.tarjama.model.TranslatedArticle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes each format's file into the article's output directory through a temporary file and a rename, so a reader
 * (or a crash) never sees a half-written file. Files are created as any other program's are, following the umask,
 * so a shared folder or a web server can read them.
 */
public final class OutputWriter {
    /** The file that records whose article a folder holds. */
    public static final String RECORD = "article.json";

    /** Whether {@code name} is a temporary file {@link #writeAtomically} leaves behind when killed mid-write. */
    public static boolean isLeftover(String name) {
        return name.startsWith(".") && name.endsWith(".tmp");
    }

    private final List<OutputFormat> formats;
    /** The output root's shared assets the pages use, or {@code null} for pages that carry their font. */
    private final SharedAssets assets;

    /** A writer of pages that carry their own font: for a folder outside any output root, or one that travels. */
    public OutputWriter(List<OutputFormat> formats) {
        this(formats, null);
    }

    /**
     * A writer for folders under an output root, whose pages use the font written once at the root.
     *
     * @param assets the root's shared assets, or {@code null} for pages that carry their font
     */
    public OutputWriter(List<OutputFormat> formats, SharedAssets assets) {
        this.formats = List.copyOf(formats);
        this.assets = assets;
    }

    /**
     * Writes every file into {@code directory}, creating it; returns the paths written, in order. The record,
     * {@code article.json}, goes first: it says whose folder this is, so a run that takes over the article after this
     * one was killed half-way finds the folder its own rather than taking another.
     *
     * @throws dev.tarjama.StorageException when the directory cannot be written, with the system's reason
     */
    public List<Path> write(TranslatedArticle article, Path directory) {
        return write(article, directory, warning -> {});
    }

    /**
     * As {@link #write(TranslatedArticle, Path)}; a format that declines the article (a PDF past its limits) is told to
     * {@code warnings}, its stale file removed, and the others written.
     */
    public List<Path> write(TranslatedArticle article, Path directory, java.util.function.Consumer<String> warnings) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            PageFont font = assets != null && formats.stream().anyMatch(OutputFormat::usesFont)
                    ? assets.fontFor(directory)
                    : PageFont.EMBEDDED;
            List<OutputFormat> recordFirst = new ArrayList<>(formats);
            recordFirst.sort(java.util.Comparator.comparing(f -> !f.fileName().equals(RECORD)));
            for (OutputFormat format : recordFirst) {
                Path target = directory.resolve(format.fileName());
                try {
                    writeAtomically(target, out -> format.write(article, out, font));
                    written.add(target);
                } catch (FormatSkipped skipped) {
                    Files.deleteIfExists(target); // an earlier version's file would no longer match the others
                    warnings.accept(article.article().input() + ": " + skipped.getMessage());
                }
            }
        } catch (IOException e) {
            throw new StorageException(
                    "cannot write to " + directory + ": " + OutputRoot.reason(e) + "; choose another directory with -o",
                    e);
        }
        return written;
    }

    /** Something that writes a file's bytes. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code target} through a temporary file beside it and an atomic rename. */
    public static void writeAtomically(Path target, Content content) throws IOException {
        Path temp = target.resolveSibling("." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            // not Files.createTempFile: it makes files only their owner can read, whatever the umask says
            try (OutputStream out =
                    Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
