package dev.tarjama.cli;

import dev.tarjama.cli.process.Terminal;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A live progress bar (me.tongfei's progressbar) on a {@link StatusLine}. The bar renders on its own thread every
 * quarter second, whether or not a step was made, so its clock ticks through a long request; its detail (requests in
 * flight, tokens) is asked again at the same pace. Frames go to the status line without waiting; this class holds no
 * lock, so stopping the bar (which waits for its last render) can never wait on a thread that waits on us.
 */
final class TerminalProgressView implements ProgressView {
    /** The longest task label: a name, not a path, so the bar keeps its room. */
    private static final int LABEL = 20;
    /** How often the bar is drawn again. */
    private static final int UPDATE_MILLIS = 250;

    private final StatusLine line;
    private final Terminal terminal;
    private final AtomicReference<ProgressBar> bar = new AtomicReference<>();
    private final AtomicReference<Supplier<String>> detail = new AtomicReference<>();
    /** Asks the detail again as time passes; started with the first bar that has one, so a run that draws none starts no thread. */
    private final AtomicReference<ScheduledExecutorService> ticker = new AtomicReference<>();

    TerminalProgressView(StatusLine line, Terminal terminal) {
        this.line = line;
        this.terminal = terminal;
    }

    private void refreshDetail() {
        ProgressBar current = bar.get();
        Supplier<String> source = detail.get();
        if (current != null && source != null) {
            current.setExtraMessage(source.get());
        }
    }

    @Override
    public void start(String task, int total, Supplier<String> detail) {
        this.detail.set(detail);
        if (ticker.get() == null) {
            ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "tarjama-progress-detail");
                thread.setDaemon(true);
                return thread;
            });
            if (ticker.compareAndSet(null, started)) {
                started.scheduleWithFixedDelay(
                        this::refreshDetail, UPDATE_MILLIS, UPDATE_MILLIS, TimeUnit.MILLISECONDS);
            } else {
                started.shutdownNow();
            }
        }
        start(task, total);
        refreshDetail();
    }

    @Override
    public void println(String text) {
        line.println(text);
    }

    @Override
    public void start(String task, int total) {
        ProgressBar started = new ProgressBarBuilder()
                .setTaskName(label(task))
                .setInitialMax(total)
                .setStyle(terminal.colour() ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.UNICODE_BLOCK)
                .setUpdateIntervalMillis(UPDATE_MILLIS)
                .continuousUpdate()
                .hideEta()
                .setMaxRenderedLength(terminal.width() - 1)
                .setConsumer(consumer(line, terminal.width() - 1))
                .build();
        close(bar.getAndSet(started));
    }

    @Override
    public void update(int done, Supplier<String> detail) {
        ProgressBar current = bar.get();
        if (current != null) {
            current.stepTo(done);
            current.setExtraMessage(detail.get());
        }
    }

    @Override
    public void stop() {
        detail.set(null);
        close(bar.getAndSet(null));
    }

    @Override
    public void close() {
        ScheduledExecutorService running = ticker.getAndSet(null);
        if (running != null) {
            running.shutdownNow();
        }
        stop();
        line.close();
    }

    private static void close(ProgressBar bar) {
        if (bar != null) {
            bar.close();
        }
    }

    /** "code-red.ar.txt" for "samples/code-red.ar.txt", cut to {@value #LABEL} characters. */
    static String label(String task) {
        String name = task.replace('\\', '/');
        name = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        name = name.substring(name.lastIndexOf('/') + 1);
        return name.length() <= LABEL ? name : name.substring(0, LABEL - 1) + "…";
    }

    /** Frames go to the status line; nothing here blocks. */
    static ProgressBarConsumer consumer(StatusLine line, int width) {
        return new ProgressBarConsumer() {
            @Override
            public int getMaxRenderedLength() {
                return width;
            }

            @Override
            public void accept(String rendered) {
                line.show(rendered);
            }

            @Override
            public void clear() {
                line.hide();
            }

            @Override
            public void close() {
                line.hide();
            }
        };
    }
}
