package dev.tarjama.cli;

import dev.tarjama.cli.process.Terminal;
import dev.tarjama.internal.local.ModelDownloader;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A download's progress: a bar in MiB on a terminal, a line per 10% in a log. */
final class DownloadProgress implements ModelDownloader.Progress {
    private final PrintWriter err;
    private final Terminal terminal;
    private StatusLine line;
    private ProgressBar bar;
    private long total;
    private long done;
    private int lastTenth = -1;

    DownloadProgress(PrintWriter err, Terminal terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void started(String name, long totalBytes, long alreadyHave) {
        finished();
        total = totalBytes;
        done = alreadyHave;
        if (alreadyHave > 0) {
            err.printf(Locale.ROOT, "%s: resuming at %s%n", name, ModelsCommand.size(alreadyHave));
            err.flush();
        }
        if (terminal.interactive()) {
            line = new StatusLine(err);
            bar = new ProgressBarBuilder()
                    .setTaskName(TerminalProgressView.label(name))
                    .setInitialMax(Math.max(totalBytes, 1))
                    .startsFrom(alreadyHave, Duration.ZERO)
                    .setStyle(
                            terminal.colour()
                                    ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK
                                    : ProgressBarStyle.UNICODE_BLOCK)
                    .setUnit(" MiB", 1 << 20)
                    .showSpeed()
                    .setConsumer(TerminalProgressView.consumer(line, terminal.width() - 1))
                    .build();
        }
    }

    @Override
    public void advanced(long bytes) {
        done += bytes;
        if (bar != null) {
            bar.stepBy(bytes);
        } else if (total > 0) {
            int tenth = (int) (done * 10 / total);
            if (tenth != lastTenth) {
                lastTenth = tenth;
                err.printf(
                        Locale.ROOT,
                        "downloaded %s of %s (%d%%)%n",
                        ModelsCommand.size(done),
                        ModelsCommand.size(total),
                        tenth * 10);
                err.flush();
            }
        }
    }

    @Override
    public void finished() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
        if (line != null) {
            line.close();
            line = null;
        }
    }
}
