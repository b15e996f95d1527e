package dev.tarjama.api;

import dev.tarjama.ArticleSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * A source a {@link Watcher} follows: a feed, a page or a folder of article files, polled on its own schedule or the
 * watch's, and translated by the watch's {@link Tarjama} into its output root unless it names its own.
 *
 * @param source  where the articles are
 * @param every   the time between two polls, or {@code null} for the watch's schedule
 * @param cron    a crontab schedule (in the machine's time zone) instead, or {@code null}
 * @param tarjama the run that translates its articles, or {@code null} for the watch's
 * @param root    the output root its articles go to, or {@code null} for the watch's
 */
public record WatchSource(ArticleSource source, Duration every, String cron, Tarjama tarjama, Path root) {
    public WatchSource {
        Objects.requireNonNull(source, "source");
        if (every != null && cron != null) {
            throw new IllegalArgumentException("a source has one schedule: every or cron, not both");
        }
        if ((tarjama == null) != (root == null)) {
            throw new IllegalArgumentException("a source translated by a run of its own needs its own output root too");
        }
    }

    /** An RSS or Atom feed: its newest items. */
    public static WatchSource feed(String url) {
        return new WatchSource(ArticleSource.url(url), null, null, null, null);
    }

    /** A page: translated again when its article changes. */
    public static WatchSource page(String url) {
        return new WatchSource(ArticleSource.url(url), null, null, null, null);
    }

    /** A folder of article files (an inbox): each file once it is fully written, again when it changes. */
    public static WatchSource folder(Path folder) {
        return new WatchSource(ArticleSource.file(folder), null, null, null, null);
    }

    /** Any source: a file, an address, a folder. */
    public static WatchSource of(ArticleSource source) {
        return new WatchSource(source, null, null, null, null);
    }

    /** This source polled every {@code interval}. */
    public WatchSource every(Duration interval) {
        return new WatchSource(source, interval, null, tarjama, root);
    }

    /** This source polled on a crontab schedule ("0 8-20 * * 1-5"), in the machine's time zone. */
    public WatchSource cron(String schedule) {
        return new WatchSource(source, null, schedule, tarjama, root);
    }

    /** This source's articles translated by {@code run} (its own backend, model, language…) into {@code outputRoot}. */
    public WatchSource translatedBy(Tarjama run, Path outputRoot) {
        return new WatchSource(
                source, every, cron, Objects.requireNonNull(run, "run"), Objects.requireNonNull(outputRoot, "root"));
    }

    /** The name the ledger knows it by: its address, or its path as given. */
    public String name() {
        return source.name();
    }
}
