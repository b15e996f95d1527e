package dev.tarjama.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBarConsumer;

/** Where a progress bar draws: one line of standard error, cleared and redrawn in place. */
final class RedrawnLine implements ProgressBarConsumer {
    static final String CLEAR = "\r\u001b[2K";

    private final PrintWriter err;
    private final int width;
    private final Object lock;

    /** @param lock held while drawing, so lines printed by others are never cut in two */
    RedrawnLine(PrintWriter err, int width, Object lock) {
        this.err = err;
        this.width = width;
        this.lock = lock;
    }

    @Override
    public int getMaxRenderedLength() {
        return width;
    }

    @Override
    public void accept(String rendered) {
        synchronized (lock) {
            err.print(CLEAR + rendered);
            err.flush();
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            err.print(CLEAR);
            err.flush();
        }
    }
}
