package dev.tarjama.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Supplier;

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
    public void println(String line) {
        synchronized (err) {
            err.println(line);
            err.flush();
        }
    }

    @Override
    public synchronized void start(String task, int total) {
        this.task = TerminalProgressView.label(task);
        this.total = total;
        this.lastLine = clock.instant();
    }

    @Override
    public void update(int done, Supplier<String> detail) {
        String line = null;
        synchronized (this) {
            Instant now = clock.instant();
            if (task != null && done < total && Duration.between(lastLine, now).compareTo(INTERVAL) >= 0) {
                line = String.format(Locale.ROOT, "%s: %d/%d paragraphs; %s", task, done, total, detail.get());
                lastLine = now;
            }
        }
        if (line != null) {
            println(line);
        }
    }

    @Override
    public synchronized void stop() {
        task = null;
    }
}
