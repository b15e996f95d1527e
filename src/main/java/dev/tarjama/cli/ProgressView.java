package dev.tarjama.cli;

import java.io.PrintWriter;
import java.util.function.Supplier;

/**
 * Where a command reports on standard error: lines, and how far a run is (a live bar on a terminal, periodic
 * lines in a log, or nothing). Calls come from many threads and never wait for the terminal.
 */
interface ProgressView extends AutoCloseable {
    /** Lines only, no progress display. */
    static ProgressView linesOnly(PrintWriter err) {
        return new ProgressView() {
            @Override
            public void println(String line) {
                synchronized (err) {
                    err.println(line);
                    err.flush();
                }
            }
        };
    }

    /** A line that stays, printed without garbling a live display. */
    void println(String line);

    /** A task of {@code total} steps starts; it replaces any display of an earlier task. */
    default void start(String task, int total) {}

    /**
     * A task of {@code total} steps starts, with {@code detail} saying what is in flight and spent; a live display
     * asks it again as time passes, so a long request shows as one in flight while the clock ticks.
     */
    default void start(String task, int total, Supplier<String> detail) {
        start(task, total);
    }

    /** {@code done} of the total are finished; {@code detail} says what is in flight and spent (made only when shown). */
    default void update(int done, Supplier<String> detail) {}

    /** Removes a live display, so the lines that follow start clean. */
    default void stop() {}

    /** Stops the display and prints what is pending, waiting only a bounded time for the terminal. */
    @Override
    default void close() {
        stop();
    }
}
