package dev.tarjama.internal.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderLockTest {
    @TempDir
    Path root;

    @Test
    void aSecondWriterWaitsForTheFirst() throws Exception {
        Files.createDirectories(root.resolve(".tarjama"));
        Path folder = Files.createDirectories(root.resolve("story"));
        CompletableFuture<Long> second;
        long released;
        try (FolderLock first = FolderLock.hold(root, folder)) {
            second = CompletableFuture.supplyAsync(() -> {
                try (FolderLock lock = FolderLock.hold(root, folder)) {
                    return System.nanoTime();
                }
            });
            try {
                second.get(300, TimeUnit.MILLISECONDS);
                throw new AssertionError("the second writer did not wait");
            } catch (TimeoutException expected) {
                // still waiting, as it should
            }
            released = System.nanoTime();
        }
        assertThat(second.get(5, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(released);
        assertThat(root.resolve(".tarjama/locks/story.lock")).exists();
    }

    @Test
    void aRootNoWatchOrDeskUsesIsLeftAsItWas() throws Exception {
        Path folder = Files.createDirectories(root.resolve("story"));
        try (FolderLock lock = FolderLock.hold(root, folder)) {
            assertThat(root.resolve(".tarjama")).doesNotExist();
        }
    }
}
