package dev.tarjama.cli;

import dev.tarjama.llm.UsageMeter;
import dev.tarjama.model.Article;
import dev.tarjama.model.TranslatedArticle;
import dev.tarjama.model.TranslatedParagraph;
import dev.tarjama.model.Usage;
import dev.tarjama.run.Reporter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Reports a run on standard error: progress (a live bar on a terminal, periodic lines otherwise), warnings, and
 * a closing summary with usage and cost; more with {@code -v}, nothing but errors with {@code -q}.
 */
final class Console implements Reporter, AutoCloseable {
    private final Verbosity verbosity;
    private final ProgressView progress;
    private volatile UsageMeter usage;

    Console(Verbosity verbosity, ProgressView progress) {
        this.verbosity = verbosity;
        this.progress = progress;
    }

    @Override
    public void info(String message) {
        if (!verbosity.quiet()) {
            print(message);
        }
    }

    @Override
    public void warn(String message) {
        if (!verbosity.quiet()) {
            print("warning: " + message);
        }
    }

    @Override
    public void detail(String message) {
        if (verbosity.verbose()) {
            print(message);
        }
    }

    private void print(String line) {
        progress.println(line);
    }

    /** Prints what is pending and removes the progress display. */
    @Override
    public void close() {
        progress.close();
    }

    @Override
    public void started(Article article, int segments, UsageMeter usage) {
        this.usage = usage;
        info(String.format(Locale.ROOT, "%s: %d paragraphs (language %s), %d to translate",
                article.input(), article.paragraphs().size(), article.language(), segments));
        if (!verbosity.quiet()) {
            progress.start(article.input(), article.paragraphs().size());
        }
    }

    @Override
    public void paragraphFinished(TranslatedParagraph paragraph, int done, int total) {
        if (verbosity.verbose()) {
            detail(String.format(Locale.ROOT, "[%d/%d] paragraph %d %s", done, total, paragraph.index(),
                    paragraph.isOk() ? "ok" : "FAILED: " + paragraph.error()));
        }
        UsageMeter meter = usage;
        if (meter != null) {
            progress.update(done, () -> {
                Usage now = meter.snapshot();
                return String.format(Locale.ROOT, "%d in flight, %d retries, %d cached, %,d tokens",
                        meter.inFlight(), now.retries(), now.cacheHits(), now.inputTokens() + now.outputTokens());
            });
        }
    }

    @Override
    public void glossaryStarted() {
        detail("building the glossary");
    }

    @Override
    public void glossaryFailed(String reason) {
        warn("no glossary (" + reason + "); translating without agreed renderings");
    }

    @Override
    public void briefStarted() {
        progress.stop();
        detail("writing the brief");
    }

    @Override
    public void finished(TranslatedArticle article, Path directory) {
        progress.stop();
        long ok = article.paragraphs().size() - article.failedCount();
        Usage u = article.usage();
        info(String.format(Locale.ROOT, "%s: %d/%d paragraphs translated%s → %s", article.article().input(), ok,
                article.paragraphs().size(), article.interrupted() ? " before the interrupt"
                        : article.brief() == null ? ", no brief" : ", brief written", directory));
        long flagged = article.flaggedCount();
        int briefFlags = article.brief() == null ? 0 : article.brief().allFlags().size();
        if (flagged > 0 || briefFlags > 0) {
            info(String.format(Locale.ROOT, "checks: %d paragraph%s and %d brief item%s flagged (see the Checks section of brief.md)",
                    flagged, flagged == 1 ? "" : "s", briefFlags, briefFlags == 1 ? "" : "s"));
            article.paragraphs().stream().filter(TranslatedParagraph::isFlagged)
                    .forEach(p -> detail("  paragraph " + p.index() + ": " + p.flags()));
        }
        info(String.format(Locale.ROOT, "usage: %d requests (%d retries), %d cache hits, %,d input + %,d output tokens, %s",
                u.requests(), u.retries(), u.cacheHits(), u.inputTokens(), u.outputTokens(),
                u.costUsd() == null ? "cost unknown for model " + article.backend().model()
                        : String.format(Locale.ROOT, "about $%.4f", u.costUsd())));
    }

    @Override
    public void warning(String message) {
        warn(message);
    }

    @Override
    public void retrying(String label, int attempt, String reason, Duration wait) {
        detail(String.format(Locale.ROOT, "%s: %s; retrying in %.1f s (attempt %d failed)",
                label, reason, wait.toMillis() / 1000.0, attempt));
    }
}
