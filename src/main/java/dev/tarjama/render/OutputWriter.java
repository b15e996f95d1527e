package dev.tarjama.render;

import dev.tarjama.TarjamaException;
import dev.tarjama.model.TranslatedArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes each rendering into the article's output directory through a temporary file and a rename, so a reader
 * (or a crash) never sees a half-written file.
 */
public final class OutputWriter {
    private final List<Renderer> renderers;

    public OutputWriter(List<Renderer> renderers) {
        this.renderers = List.copyOf(renderers);
    }

    /** Renders every file into {@code directory}, creating it; returns the paths written, in order. */
    public List<Path> write(TranslatedArticle article, Path directory) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            for (Renderer renderer : renderers) {
                Path target = directory.resolve(renderer.fileName());
                writeAtomically(target, renderer.render(article));
                written.add(target);
            }
        } catch (IOException e) {
            throw new TarjamaException(dev.tarjama.ExitCodes.USAGE,
                    "cannot write to " + directory + " (" + e.getMessage() + "); choose another directory with -o", e);
        }
        return written;
    }

    static void writeAtomically(Path target, String content) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temp, content, StandardCharsets.UTF_8);
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
