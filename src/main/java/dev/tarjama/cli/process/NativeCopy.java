package dev.tarjama.cli.process;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * A native library that a Java library would extract into the temporary directory at every start, kept instead as
 * one copy in tarjama's cache (extracted once per version) and handed to the library through its own properties.
 * Those loaders delete their copy at a normal exit only: every killed run, and every run that halts, leaves one
 * behind for good.
 *
 * @param name         the copy's folder, before the version and platform ("sqlite", "jline")
 * @param version      the library's version: a copy never outlives the library it was made for
 * @param resource     where the library lies in the jar, for this platform
 * @param pathProperty the library's property naming the folder to load from
 * @param nameProperty the library's property naming the file in it
 */
record NativeCopy(String name, String version, String resource, String pathProperty, String nameProperty) {
    /**
     * Points the library at the copy under {@code directory}, extracting it first if it is not there. Does nothing when
     * the user chose a library ({@code -D<pathProperty>}); on any failure the library finds its own copy, as it would
     * without this. Call it before the library first loads.
     */
    void keepUnder(Path directory) {
        if (System.getProperty(pathProperty) != null) {
            return;
        }
        try {
            Path library = extracted(directory);
            if (library != null) {
                System.setProperty(nameProperty, library.getFileName().toString());
                System.setProperty(pathProperty, library.getParent().toString());
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            // the library's own extraction still works
        }
    }

    /** The library's copy under {@code directory}, made if missing; {@code null} when the jar holds none for here. */
    Path extracted(Path directory) throws IOException {
        if (version == null || version.isBlank() || version.equals("unknown")) {
            return null;
        }
        String platform = (System.getProperty("os.name") + "-" + System.getProperty("os.arch"))
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_.-]", "_");
        Path folder = directory.resolve(name + "-" + version + "-" + platform);
        String file = resource.substring(resource.lastIndexOf('/') + 1);
        Path library = folder.resolve(file);
        if (Files.isRegularFile(library)) {
            return library;
        }
        try (InputStream in = NativeCopy.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Files.createDirectories(folder);
            // whole or not at all: another process may be loading the one already there
            Path partial = Files.createTempFile(folder, "." + file, ".tmp");
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
