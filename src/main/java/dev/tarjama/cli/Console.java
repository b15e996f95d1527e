package dev.tarjama.cli;

import dev.tarjama.model.Article;
import dev.tarjama.model.TranslatedParagraph;
import dev.tarjama.run.Reporter;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/** Reports a run on standard error: one line per event worth telling, more with {@code -v}, nothing with {@code -q}. */
final class Console implements Reporter {
    private final PrintWriter err;
    private final Verbosity verbosity;

    Console(PrintWriter err, Verbosity verbosity) {
        this.err = err;
        this.verbosity = verbosity;
    }

    @Override
    public synchronized void info(String message) {
        if (!verbosity.quiet()) {
            err.println(message);
            err.flush();
        }
    }

    @Override
    public synchronized void warn(String message) {
        if (!verbosity.quiet()) {
            err.println("warning: " + message);
            err.flush();
        }
    }

    @Override
    public synchronized void detail(String message) {
        if (verbosity.verbose()) {
            err.println(message);
            err.flush();
        }
    }

    @Override
    public void started(Article article, int requests) {
        info(String.format(Locale.ROOT, "%s: translating %d paragraphs (language %s) in %d requests",
                article.input(), article.paragraphs().size(), article.language(), requests));
    }

    @Override
    public void paragraphFinished(TranslatedParagraph paragraph, int done, int total) {
        detail(String.format(Locale.ROOT, "[%d/%d] paragraph %d %s", done, total, paragraph.index(),
                paragraph.isOk() ? "ok" : "FAILED: " + paragraph.error()));
    }

    @Override
    public void briefStarted() {
        detail("writing the brief");
    }

    @Override
    public void retrying(String label, int attempt, String reason, Duration wait) {
        if (verbosity.verbose()) {
            detail(String.format(Locale.ROOT, "%s: %s; retrying in %.1f s (attempt %d failed)",
                    label, reason, wait.toMillis() / 1000.0, attempt));
        }
    }
}
