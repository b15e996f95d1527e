package dev.tarjama.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Standard error on a terminal: whole lines scroll up, and one status line (a progress bar) is redrawn in place
 * below them. One daemon thread does all the writing; callers only hand over text and never wait, so no lock is
 * held across terminal output and a terminal that stops reading (a paused or frozen window) can hold up nothing but
 * this thread. Closing waits for the writing to finish only up to a bound.
 */
final class StatusLine implements AutoCloseable {
    static final String CLEAR = "\r\u001b[2K";
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(2);

    private final PrintWriter err;
    private final Queue<String> lines = new ConcurrentLinkedQueue<>();
    private final AtomicReference<String> frame = new AtomicReference<>("");
    private volatile boolean frameChanged;
    private volatile boolean closing;
    private final Thread writer;

    StatusLine(PrintWriter err) {
        this.err = err;
        this.writer = new Thread(this::writeUntilClosed, "tarjama-status-line");
        writer.setDaemon(true);
        writer.start();
    }

    /** A line that stays, printed above the status line. */
    void println(String line) {
        lines.add(line);
        LockSupport.unpark(writer);
    }

    /** Replaces the status line. */
    void show(String text) {
        frame.set(text);
        frameChanged = true;
        LockSupport.unpark(writer);
    }

    /** Removes the status line. */
    void hide() {
        show("");
    }

    /** Prints what is pending and clears the status line, waiting at most two seconds for the terminal. */
    @Override
    public void close() {
        closing = true;
        LockSupport.unpark(writer);
        try {
            writer.join(CLOSE_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void writeUntilClosed() {
        while (true) {
            boolean finishing = closing;
            boolean wrote = false;
            for (String line = lines.poll(); line != null; line = lines.poll()) {
                err.print(CLEAR);
                err.println(line);
                wrote = true;
            }
            if (finishing) {
                err.print(CLEAR);
                err.flush();
                return;
            }
            if (wrote || frameChanged) {
                frameChanged = false;
                err.print(CLEAR + frame.get());
                err.flush();
            }
            if (lines.isEmpty() && !frameChanged && !closing) {
                LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(200));
            }
        }
    }
}
