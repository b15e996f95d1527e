package dev.tarjama.cli;

import dev.tarjama.LiveUsage;
import dev.tarjama.Reporter;
import dev.tarjama.model.Article;
import dev.tarjama.model.TranslatedArticle;
import dev.tarjama.model.TranslatedParagraph;
import dev.tarjama.model.Usage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Reports a run on standard error: progress (a live bar on a terminal, periodic lines otherwise), warnings, and a
 * closing summary with usage and cost; more with {@code -v}; with {@code -q}, only what failed.
 */
final class Console implements Reporter, AutoCloseable {
    private final Verbosity verbosity;
    private final ProgressView progress;
    /** What to do after an interrupt to finish, as this run's cache settings make it true. */
    private volatile String resume = "rerun the same command to finish (nothing finished is asked again)";

    private volatile LiveUsage usage;

    Console(Verbosity verbosity, ProgressView progress) {
        this.verbosity = verbosity;
        this.progress = progress;
    }

    @Override
    public void info(String message) {
        if (!verbosity.quiet()) {
            progress.println(message);
        }
    }

    @Override
    public void warn(String message) {
        if (!verbosity.quiet()) {
            progress.println("warning: " + message);
        }
    }

    /** Something the user must see even with {@code -q}: an input that failed, a paragraph not translated. */
    void error(String message) {
        progress.println("tarjama: " + message);
    }

    @Override
    public void detail(String message) {
        if (verbosity.verbose()) {
            progress.println(message);
        }
    }

    /** Prints what is pending and removes the progress display. */
    @Override
    public void close() {
        progress.close();
    }

    @Override
    public void translating(Article article, int uncached, int requests, LiveUsage usage) {
        this.usage = usage;
        int segments = article.segmentCount();
        String cached = uncached == segments
                ? ""
                : String.format(Locale.ROOT, " (%d answered from the cache)", segments - uncached);
        String batched = requests == uncached
                ? ""
                : String.format(Locale.ROOT, " in %d request%s", requests, requests == 1 ? "" : "s");
        info(String.format(
                Locale.ROOT,
                "%s: %d paragraphs (language %s), %d to " + (batched.isEmpty() ? "request" : "translate") + "%s%s",
                article.input(),
                article.paragraphs().size(),
                article.language(),
                uncached,
                batched,
                cached));
        if (!verbosity.quiet()) {
            progress.start(article.input(), article.paragraphs().size(), () -> progressDetail(usage));
        }
    }

    @Override
    public void paragraphFinished(int index, String error, int done, int total) {
        if (verbosity.verbose()) {
            detail(String.format(
                    Locale.ROOT,
                    "[%d/%d] paragraph %d %s",
                    done,
                    total,
                    index,
                    error == null ? "ok" : "FAILED: " + error));
        }
        LiveUsage meter = usage;
        if (meter != null) {
            progress.update(done, () -> progressDetail(meter));
        }
    }

    /** "4 in flight, 2 retries, 12 cached, 3.4k tokens": short, so the bar keeps its room on an 80-column terminal. */
    static String progressDetail(LiveUsage meter) {
        Usage now = meter.snapshot();
        java.util.List<String> parts = new java.util.ArrayList<>();
        parts.add(meter.inFlight() + " in flight");
        if (now.retries() > 0) {
            parts.add(count(now.retries(), "retry", "retries"));
        }
        if (now.cacheHits() > 0) {
            parts.add(now.cacheHits() + " cached");
        }
        long tokens = now.inputTokens() + now.outputTokens();
        parts.add((tokens < 10_000 ? String.valueOf(tokens) : String.format(Locale.ROOT, "%.0fk", tokens / 1000.0))
                + " tokens");
        return String.join(", ", parts);
    }

    @Override
    public void glossaryFailed(String reason) {
        warn("no glossary (" + reason + "); translating without agreed renderings");
    }

    @Override
    public void reviewFailed(String reason) {
        warn(reason);
    }

    /** The bar starts again for the follow-up, so a run asking paragraphs again never sits at a full bar. */
    @Override
    public void followUpStarted(String what, int total) {
        detail(String.format(Locale.ROOT, "%s: asking about %d paragraph%s", what, total, total == 1 ? "" : "s"));
        if (!verbosity.quiet()) {
            LiveUsage meter = usage;
            progress.start(what, total, () -> meter == null ? "" : progressDetail(meter));
        }
    }

    @Override
    public void followUpProgress(int done) {
        LiveUsage meter = usage;
        if (meter != null) {
            progress.update(done, () -> progressDetail(meter));
        }
    }

    @Override
    public void briefStarted() {
        detail("writing the brief");
        if (!verbosity.quiet()) {
            // a named line while the brief is written: the translation's bar would sit full and still
            LiveUsage meter = usage;
            progress.start("brief", 1, () -> meter == null ? "writing" : "writing, " + progressDetail(meter));
        }
    }

    @Override
    public void glossaryStarted() {
        detail("building the glossary");
        if (!verbosity.quiet()) {
            progress.start("glossary", 1, () -> "asking for the article's names and terms");
        }
    }

    @Override
    public void retrying(String label, int attempt, String reason, Duration wait) {
        detail(String.format(
                Locale.ROOT,
                "%s: %s; retrying in %.1f s (attempt %d failed)",
                label,
                reason,
                wait.toMillis() / 1000.0,
                attempt));
    }

    /** An article's files are written in {@code directory}: what it came to, what needs a look, what it cost. */
    void written(TranslatedArticle article, Path directory) {
        progress.stop();
        long ok = article.paragraphs().size() - article.failedCount();
        Usage u = article.usage();
        info(String.format(
                Locale.ROOT,
                "%s: %d/%d paragraphs translated%s → %s",
                article.article().input(),
                ok,
                article.paragraphs().size(),
                article.interrupted()
                        ? " before the interrupt"
                        : article.brief() == null ? ", no brief" : ", brief written",
                directory));
        if (article.interrupted()) {
            error(article.article().input() + ": interrupted with " + ok + " of "
                    + article.paragraphs().size()
                    + " paragraphs translated; " + resume);
        } else {
            article.paragraphs().stream()
                    .filter(p -> !p.isOk())
                    .forEach(p -> error(
                            article.article().input() + ": paragraph " + p.index() + " not translated: " + p.error()));
            if (article.brief() == null) {
                error(article.article().input() + ": no brief: " + article.briefError());
            }
        }
        long flagged = article.flaggedCount();
        int briefFlags =
                article.brief() == null ? 0 : article.brief().allFlags().size();
        if (flagged > 0 || briefFlags > 0) {
            info(String.format(
                    Locale.ROOT,
                    "checks: %d paragraph%s and %d brief item%s flagged (see the Checks section of brief.md)",
                    flagged,
                    flagged == 1 ? "" : "s",
                    briefFlags,
                    briefFlags == 1 ? "" : "s"));
            article.paragraphs().stream()
                    .filter(TranslatedParagraph::isFlagged)
                    .forEach(p -> detail("  paragraph " + p.index() + ": " + p.flags()));
        }
        if (ok > 0 && flagged * 2 > ok) {
            warn(String.format(
                    Locale.ROOT,
                    "%s: %d of %d translated paragraphs failed a check: the model may not be "
                            + "translating at all; read bilingual.html before using this article",
                    article.article().input(),
                    flagged,
                    ok));
        }
        info(usageLine(u, article.backend().model()) + inputPerSourceToken(u, article));
    }

    /**
     * What the requests carried per token of the article's own text, as the provider counted them against an
     * estimate of the article's tokens (2.8 characters a token, o200k's rate for Arabic news; counting exactly would
     * load the tokenizer, a second, at the end of every run). {@code --dry-run} gives the exact o200k figures.
     */
    private static String inputPerSourceToken(Usage u, TranslatedArticle article) {
        long chars = article.article().paragraphs().stream()
                .mapToLong(p -> p.text().length())
                .sum();
        if (u.requests() == 0 || u.inputTokens() == 0 || chars == 0) {
            return "";
        }
        double tokens = chars / 2.8;
        String line = String.format(Locale.ROOT, "; input ≈ %.1f× the article's tokens", u.inputTokens() / tokens);
        // nothing to say of the paragraph requests when the cache answered them all
        return u.paragraphInputTokens() == 0
                ? line
                : line
                        + String.format(
                                Locale.ROOT, " (%.1f× for the paragraph requests)", u.paragraphInputTokens() / tokens);
    }

    static String usageLine(Usage u, String model) {
        return String.format(
                Locale.ROOT,
                "usage: %s (%s), %s, %,d input + %,d output tokens, %s",
                count(u.requests(), "request", "requests"),
                count(u.retries(), "retry", "retries"),
                count(u.cacheHits(), "cache hit", "cache hits"),
                u.inputTokens(),
                u.outputTokens(),
                u.costUsd() == null
                        ? "cost unknown for model " + model
                        : String.format(Locale.ROOT, "about $%.4f", u.costUsd()));
    }

    /**
     * Says how a run with these cache settings resumes after an interrupt: with {@code --refresh} the same command
     * would ask everything again; without a cache nothing is kept to resume from.
     */
    void resumeWith(dev.tarjama.Options.Cache cache) {
        if (cache.file() == null) {
            resume = "rerun to finish (without a cache, every paragraph is asked again)";
        } else if (cache.refresh()) {
            resume = "rerun the same command without --refresh to finish (nothing finished is asked again)";
        }
    }

    /** "1 request", "2 requests". */
    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
