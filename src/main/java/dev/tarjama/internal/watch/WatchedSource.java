package dev.tarjama.internal.watch;

import dev.tarjama.ArticleSource;
import java.util.Objects;

/**
 * A source a watch follows: where it is, when it is polled, and the run that reads and translates its articles.
 *
 * @param source   a feed, a page, or a folder
 * @param schedule when it is polled
 * @param run      the run its articles go to
 */
public record WatchedSource(ArticleSource source, Schedule schedule, WatchedRun run) {
    public WatchedSource {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(run, "run");
    }

    /** The name the ledger knows it by: the address or the path as given. */
    public String name() {
        return source.name();
    }
}
