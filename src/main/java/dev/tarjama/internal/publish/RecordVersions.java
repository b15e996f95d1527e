package dev.tarjama.internal.publish;

import dev.tarjama.StorageException;
import dev.tarjama.internal.render.OutputWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** A folder's previous {@code article.json}, kept as {@code versions/article-<time>.json} before it is replaced. */
public final class RecordVersions {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private RecordVersions() {}

    /**
     * Copies the folder's record under {@code versions/}; returns the copy, or {@code null} when there is no record.
     *
     * @throws dev.tarjama.StorageException when the copy cannot be written
     */
    public static Path keep(Path directory, Instant now) {
        Path record = directory.resolve(OutputWriter.RECORD);
        if (!Files.isRegularFile(record)) {
            return null;
        }
        try {
            Path versions = Files.createDirectories(directory.resolve("versions"));
            return Files.copy(
                    record,
                    versions.resolve("article-" + STAMP.format(now) + ".json"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StorageException(
                    "cannot keep the previous article.json of " + directory + ": " + e.getMessage(), e);
        }
    }
}
