package dev.tarjama.internal.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workers sharing one output root publish its pages at the same moments without tripping over each other. */
class WatchIndexWritersTest {
    @TempDir
    Path root;

    @Test
    void threeWritersPublishingAtOnceLeaveWholePagesAndNoTemporaryFiles() throws IOException {
        Instant now = Instant.parse("2026-11-30T08:00:00Z");
        List<CompletableFuture<Void>> writers = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            String cycle = "cycle of worker " + w;
            writers.add(CompletableFuture.runAsync(() -> {
                WatchIndex index = new WatchIndex(root);
                for (int i = 0; i < 50; i++) {
                    index.publish(List.of(), cycle, now, now);
                }
            }));
        }

        writers.forEach(CompletableFuture::join); // a clash would throw "cannot write …/index.html"

        String page = Files.readString(root.resolve("index.html"));
        assertThat(page).containsPattern("cycle of worker [012]").endsWith("</html>\n");
        try (Stream<Path> files = Files.list(root)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("."));
        }
    }
}
