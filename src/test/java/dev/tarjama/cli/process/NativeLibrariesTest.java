package dev.tarjama.cli.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each native library is copied out of the jar once, whole, into a folder named for its version and platform. */
class NativeLibrariesTest {
    @TempDir
    Path dir;

    @Test
    void sqlitesLibraryIsExtractedOnceAndWhole() throws Exception {
        extractedOnceAndWhole(NativeLibraries.sqlite(), "sqlite-3.");
    }

    @Test
    void jlinesLibraryIsExtractedOnceAndWhole() throws Exception {
        extractedOnceAndWhole(NativeLibraries.jline(), "jline-3.");
    }

    private void extractedOnceAndWhole(NativeCopy copy, String folder) throws Exception {
        Path library = NativeLibraries.extracted(copy, dir);

        assertThat(library).isNotNull().isRegularFile();
        assertThat(library.getParent().getFileName().toString()).startsWith(folder);
        try (InputStream in = NativeCopy.class.getResourceAsStream(copy.resource())) {
            assertThat(Files.readAllBytes(library)).isEqualTo(in.readAllBytes());
        }
        long modified = Files.getLastModifiedTime(library).toMillis();
        Thread.sleep(20);
        assertThat(NativeLibraries.extracted(copy, dir)).isEqualTo(library);
        assertThat(Files.getLastModifiedTime(library).toMillis())
                .as("not written again")
                .isEqualTo(modified);
        try (var files = Files.list(library.getParent())) {
            assertThat(files).as("no partial copy left beside it").containsExactly(library);
        }
    }
}
