package dev.tarjama.internal.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article's folder is its own from the first file written, and a killed run's leftovers claim nothing. */
class OutputFoldersTest {
    @TempDir
    Path root;

    @Test
    void aFolderHoldingOnlyAKilledWritersTemporaryFileIsFree() throws IOException {
        Files.createDirectories(root.resolve("story"));
        Files.writeString(root.resolve("story/.article.json.3f9a2c.tmp"), "{\"out");

        assertThat(new OutputFolders(root)
                        .choose("story.txt", "/in/story.txt", "")
                        .folder())
                .isEqualTo("story");
    }

    @Test
    void aFolderWhoseRecordNamesTheSameInputIsFoundAgainAndAnotherInputsIsLeftAlone() throws IOException {
        Files.createDirectories(root.resolve("story"));
        Files.writeString(
                root.resolve("story/article.json"), "{\"output\": {\"folder\": \"story\", \"input_id\": \"feed#29\"}}");

        assertThat(new OutputFolders(root).choose("story", "feed#29", "").folder())
                .as("a worker taking over the article after another was killed writing it")
                .isEqualTo("story");
        assertThat(new OutputFolders(root).choose("story", "feed#30", "").folder())
                .isEqualTo("story-2");
    }

    @Test
    void workersSharingAnOutputRootNeverPickTheSameFolderForTwoArticles() throws Exception {
        int workers = 8;
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(workers);
        try {
            java.util.List<java.util.concurrent.Future<String>> chosen = new java.util.ArrayList<>();
            for (int i = 0; i < workers; i++) {
                String item = "feed#" + i;
                chosen.add(pool.submit(() -> {
                    go.await();
                    // each worker a process of its own: nothing shared but the folders on disk
                    return new OutputFolders(root).choose("story", item, "").folder();
                }));
            }
            go.countDown();
            java.util.Set<String> folders = new java.util.HashSet<>();
            for (var folder : chosen) {
                folders.add(folder.get());
            }
            assertThat(folders).hasSize(workers).contains("story");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aClaimedFolderIsItsClaimantsUntilTheRecordSettlesIt() throws IOException {
        var placement = new OutputFolders(root).choose("story", "feed#1", "");
        assertThat(root.resolve("story/.tarjama-claim")).hasContent("feed#1");

        assertThat(new OutputFolders(root).choose("story", "feed#1", "").folder())
                .as("the same article after its worker was killed before writing")
                .isEqualTo("story");
        assertThat(new OutputFolders(root).choose("story", "feed#2", "").folder())
                .isEqualTo("story-2");

        Files.writeString(
                root.resolve("story/article.json"), "{\"output\": {\"folder\": \"story\", \"input_id\": \"feed#1\"}}");
        new OutputFolders(root).settled(placement);
        assertThat(root.resolve("story/.tarjama-claim")).doesNotExist();
        assertThat(new OutputFolders(root).choose("story", "feed#1", "").folder())
                .isEqualTo("story");
    }

    @Test
    void aFolderHoldingSomethingElseIsNeverTaken() throws IOException {
        Files.createDirectories(root.resolve("story"));
        Files.writeString(root.resolve("story/notes.txt"), "mine");

        assertThat(new OutputFolders(root).choose("story", "/in/story.txt", "").folder())
                .isEqualTo("story-2");
    }
}
