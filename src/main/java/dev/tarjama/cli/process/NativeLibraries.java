package dev.tarjama.cli.process;

import java.io.IOException;
import java.nio.file.Path;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * The native libraries tarjama's dependencies would otherwise extract into the temporary directory at every start,
 * kept as one copy each in tarjama's cache: SQLite's (a megabyte, which its driver also compares byte by byte before
 * it loads) and jline's (which tells the progress bar how wide the terminal is).
 */
public final class NativeLibraries {
    private NativeLibraries() {}

    /** Points SQLite's driver at its copy under {@code directory}; call it before the driver first loads. */
    public static void keepSqliteUnder(Path directory) {
        try {
            sqlite().keepUnder(directory);
        } catch (RuntimeException | LinkageError e) {
            // the driver's own extraction still works
        }
    }

    /** Points jline at its copy under {@code directory}; call it before jline's native code first loads. */
    public static void keepJLineUnder(Path directory) {
        try {
            jline().keepUnder(directory);
        } catch (RuntimeException | LinkageError e) {
            // jline's own extraction still works
        }
    }

    static Path extracted(NativeCopy library, Path directory) throws IOException {
        return library.extracted(directory);
    }

    static NativeCopy sqlite() {
        return new NativeCopy(
                "sqlite",
                SQLiteJDBCLoader.getVersion(),
                LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName(),
                "org.sqlite.lib.path",
                "org.sqlite.lib.name");
    }

    static NativeCopy jline() {
        return new NativeCopy(
                "jline",
                org.jline.nativ.JLineNativeLoader.getVersion(),
                "/org/jline/nativ/" + org.jline.nativ.OSInfo.getNativeLibFolderPathForCurrentOS() + "/"
                        + System.mapLibraryName("jlinenative"),
                "library.jline.path",
                "library.jline.name");
    }
}
