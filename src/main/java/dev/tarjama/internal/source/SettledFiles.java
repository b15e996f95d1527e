package dev.tarjama.internal.source;

import dev.tarjama.ArticleSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

/**
 * Tells the files of a watched folder that a writer has finished from those it is still writing (a copy in
 * progress, an editor saving): a file untouched for {@link #QUIET} is settled; a more recent one gets a second look
 * {@link #SECOND_LOOK} later and is settled only if its size and modification time did not move. Times here are the
 * file system's, so they are compared with the real clock, not the run's.
 */
public final class SettledFiles {
    static final Duration QUIET = Duration.ofSeconds(10);
    static final Duration SECOND_LOOK = Duration.ofSeconds(1);

    /** The files to read now, and how many wait for a later cycle. */
    public record Split(List<ArticleSource.File> settled, int stillWriting) {}

    private SettledFiles() {}

    /**
     * @param sleep sleeps the given milliseconds; true when it was cut short (the watch is stopping): the recent files
     *     then wait for the next cycle
     */
    public static Split split(List<ArticleSource.File> files, LongPredicate sleep) {
        Map<Path, Look> first = new HashMap<>();
        Instant recent = Instant.now().minus(QUIET);
        boolean anyRecent = false;
        for (ArticleSource.File file : files) {
            Look look = Look.of(file.path());
            first.put(file.path(), look);
            anyRecent |= look != null && look.modified().isAfter(recent);
        }
        boolean cutShort = anyRecent && sleep.test(SECOND_LOOK.toMillis());
        List<ArticleSource.File> settled = new ArrayList<>();
        int writing = 0;
        for (ArticleSource.File file : files) {
            Look look = first.get(file.path());
            boolean quiet = look != null && !look.modified().isAfter(recent);
            if (quiet || !cutShort && look != null && look.equals(Look.of(file.path()))) {
                settled.add(file);
            } else {
                writing++;
            }
        }
        return new Split(settled, writing);
    }

    /** A file's size and modification time; {@code null} when it is gone. */
    private record Look(long size, Instant modified) {
        static Look of(Path path) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                return new Look(attributes.size(), attributes.lastModifiedTime().toInstant());
            } catch (IOException e) {
                return null;
            }
        }
    }
}
