package dev.tarjama.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** Progress for logs and pipes: a plain line at most every {@link #INTERVAL}, never a redrawn one. */
final class LogProgressView implements ProgressView {
    static final Duration INTERVAL = Duration.ofSeconds(10);

    private final PrintWriter err;
    private final Clock clock;
    private String task;
    private int total;
    private Instant lastLine;

    LogProgressView(PrintWriter err, Clock clock) {
        this.err = err;
        this.clock = clock;
    }

    @Override
    public synchronized void start(String task, int total) {
        this.task = task;
        this.total = total;
        this.lastLine = clock.instant();
    }

    @Override
    public synchronized void update(int done, String detail) {
        Instant now = clock.instant();
        if (task != null && done < total && Duration.between(lastLine, now).compareTo(INTERVAL) >= 0) {
            err.println(String.format(Locale.ROOT, "%s: %d/%d paragraphs; %s", task, done, total, detail));
            err.flush();
            lastLine = now;
        }
    }

    @Override
    public synchronized void stop() {
        task = null;
    }
}
