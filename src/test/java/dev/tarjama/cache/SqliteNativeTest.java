package dev.tarjama.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.util.LibraryLoaderUtil;

/** SQLite's native library is copied out of the jar once, whole, into a folder named for the driver's version. */
class SqliteNativeTest {
    @TempDir
    Path dir;

    @Test
    void theLibraryIsExtractedOnceAndWhole() throws Exception {
        Path library = SqliteNative.extracted(dir);

        assertThat(library).isNotNull().isRegularFile();
        assertThat(library.getParent().getFileName().toString()).startsWith("sqlite-3.");
        try (InputStream in = SqliteNative.class.getResourceAsStream(
                LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName())) {
            assertThat(Files.readAllBytes(library)).isEqualTo(in.readAllBytes());
        }
        long modified = Files.getLastModifiedTime(library).toMillis();
        Thread.sleep(20);
        assertThat(SqliteNative.extracted(dir)).isEqualTo(library);
        assertThat(Files.getLastModifiedTime(library).toMillis())
                .as("not written again")
                .isEqualTo(modified);
        try (var files = Files.list(library.getParent())) {
            assertThat(files).as("no partial copy left beside it").containsExactly(library);
        }
    }
}
