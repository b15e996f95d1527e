package dev.tarjama.run;

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
    void aFolderHoldingSomethingElseIsNeverTaken() throws IOException {
        Files.createDirectories(root.resolve("story"));
        Files.writeString(root.resolve("story/notes.txt"), "mine");

        assertThat(new OutputFolders(root).choose("story", "/in/story.txt", "").folder())
                .isEqualTo("story-2");
    }
}
