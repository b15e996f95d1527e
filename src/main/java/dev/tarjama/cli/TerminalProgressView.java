package dev.tarjama.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A live progress bar on standard error (me.tongfei's progressbar), redrawn in place. */
final class TerminalProgressView implements ProgressView {
    private final PrintWriter err;
    private final int width;
    private ProgressBar bar;

    TerminalProgressView(PrintWriter err, int width) {
        this.err = err;
        this.width = width;
    }

    @Override
    public synchronized void start(String task, int total) {
        stop();
        bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                .setUpdateIntervalMillis(250)
                .setMaxRenderedLength(width)
                .setConsumer(new RedrawnLine(err, width, this))
                .build();
    }

    @Override
    public synchronized void update(int done, String detail) {
        if (bar != null) {
            bar.stepTo(done);
            bar.setExtraMessage(detail);
        }
    }

    @Override
    public synchronized void stop() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    @Override
    public synchronized void printAround(Runnable print) {
        if (bar == null) {
            print.run();
            return;
        }
        err.print(RedrawnLine.CLEAR);
        print.run();
        bar.refresh();
    }
}
