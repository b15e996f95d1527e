package dev.tarjama.cache;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's native library loaded from one copy kept in tarjama's cache, extracted once per driver version. Left to
 * itself, the driver extracts it into the temporary directory at every start (a megabyte, compared byte by byte
 * before it loads) and deletes it at a normal exit only: every killed run, and every watch a service manager stops,
 * leaves one behind for good.
 */
public final class SqliteNative {
    private static final String PATH = "org.sqlite.lib.path";
    private static final String NAME = "org.sqlite.lib.name";

    private SqliteNative() {}

    /**
     * Points the driver at the copy under {@code directory}, extracting it first if it is not there. Does nothing when
     * the user chose a library ({@code -Dorg.sqlite.lib.path}); on any failure the driver finds its own copy, as it
     * would without this. Call it before the driver first loads.
     */
    public static void keepUnder(Path directory) {
        if (System.getProperty(PATH) != null) {
            return;
        }
        try {
            Path library = extracted(directory);
            if (library != null) {
                System.setProperty(NAME, library.getFileName().toString());
                System.setProperty(PATH, library.getParent().toString());
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            // the driver's own extraction still works
        }
    }

    /** The library's copy under {@code directory}, made if missing; {@code null} when the jar holds none for here. */
    static Path extracted(Path directory) throws IOException {
        String platform = (System.getProperty("os.name") + "-" + System.getProperty("os.arch"))
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_.-]", "_");
        String version = SQLiteJDBCLoader.getVersion();
        if (version == null || version.equals("unknown")) {
            return null; // a copy must never outlive the driver it was made for
        }
        Path folder = directory.resolve("sqlite-" + version + "-" + platform);
        String name = LibraryLoaderUtil.getNativeLibName();
        Path library = folder.resolve(name);
        if (Files.isRegularFile(library)) {
            return library;
        }
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name;
        try (InputStream in = SqliteNative.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Files.createDirectories(folder);
            // whole or not at all: another process may be loading the one already there
            Path partial = Files.createTempFile(folder, "." + name, ".tmp");
            try {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
        }
        return library;
    }
}
