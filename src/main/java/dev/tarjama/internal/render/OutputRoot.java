package dev.tarjama.internal.render;

import dev.tarjama.ConfigurationException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/** The folder every article's output directory goes in, checked before anything is paid for. */
public final class OutputRoot {
    private OutputRoot() {}

    /**
     * Makes sure {@code root} exists (creating it) and can be written to, by writing and removing a file in it.
     *
     * @throws dev.tarjama.ConfigurationException saying why, when it cannot
     */
    public static void checkWritable(Path root) {
        try {
            if (Files.exists(root) && !Files.isDirectory(root)) {
                throw new ConfigurationException(
                        "cannot write to " + root + ": it is a file, not a directory; choose a " + "directory with -o");
            }
            Files.createDirectories(root);
            Path probe = Files.createTempFile(root, ".tarjama-write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException e) {
            throw new ConfigurationException(
                    "cannot write to " + root + ": " + reason(e) + "; choose another directory with -o");
        }
    }

    /** What the operating system said, in words: "permission denied", "it is a file, not a directory". */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such directory, and it cannot be made there";
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            return "a file stands where a directory should be (" + ((FileSystemException) e).getFile() + ")";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            String reason = fs.getReason().strip();
            return reason.isEmpty()
                    ? fs.getClass().getSimpleName()
                    : Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
