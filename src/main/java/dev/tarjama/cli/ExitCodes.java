package dev.tarjama.cli;

import java.util.List;
import java.util.Map;

/** The exit codes scripts rely on; documented in the README. */
public final class ExitCodes {
    /** Every paragraph translated, brief written. */
    public static final int OK = 0;
    /** Some paragraphs (or the brief) failed after retries, or a check flagged something under --strict; outputs were still written. */
    public static final int PARTIAL = 1;
    /** Bad flags, arguments, templates or configuration. */
    public static final int USAGE = 2;
    /** Backend not configured, unreachable, or refusing the credentials. */
    public static final int BACKEND = 3;
    /** Input unreadable, empty, binary or not text. */
    public static final int INPUT = 4;
    /** A defect in tarjama itself (not the user's input or backend). */
    public static final int INTERNAL = 70;
    /** Interrupted (Ctrl-C); what was finished is kept. */
    public static final int INTERRUPTED = 130;
    /** Stopped by SIGTERM; what was finished is kept. */
    public static final int TERMINATED = 143;

    /** What each code means, for the man pages' EXIT STATUS (the README's table says the same, at length). */
    static final List<Map.Entry<Integer, String>> MEANINGS = List.of(
            Map.entry(OK, "every paragraph translated, brief written"),
            Map.entry(
                    PARTIAL,
                    "some paragraphs or the brief failed after retries (outputs still written, failures marked), a"
                            + " check flagged something under --strict, or some items of a feed or files of a folder"
                            + " could not be read"),
            Map.entry(
                    USAGE,
                    "usage error: a bad option or value, a broken prompt template or configuration file, an"
                            + " unwritable output directory"),
            Map.entry(BACKEND, "backend not configured, unreachable, refusing the credentials, or without the model"),
            Map.entry(
                    INPUT,
                    "input unreadable, empty, binary or not an article; a page that cannot be fetched; an XLIFF that"
                            + " is not this article's"),
            Map.entry(INTERNAL, "a defect in tarjama (run with -v for the stack trace), or out of memory"),
            Map.entry(INTERRUPTED, "interrupted by Ctrl-C: what was finished is written; rerun to resume"),
            Map.entry(TERMINATED, "terminated by SIGTERM: as for 130"));

    private ExitCodes() {}

    /** The exit code of a failure: the one place a kind of failure becomes a number. */
    public static int of(dev.tarjama.TarjamaException failure) {
        return switch (failure.kind()) {
            case INPUT -> INPUT;
            case BACKEND -> BACKEND;
            case CONFIGURATION, STORAGE -> USAGE;
            case CANCELLED -> INTERRUPTED;
        };
    }

    /** What a translated article means for the run's exit code. */
    public static int of(dev.tarjama.model.TranslatedArticle article, boolean strict) {
        if (article.interrupted()) {
            return INTERRUPTED;
        }
        if (article.failedCount() > 0 || article.brief() == null || strict && article.hasFlags()) {
            return PARTIAL;
        }
        return OK;
    }

    /** The code of a run of several inputs: the worst of theirs (an interrupt above all). */
    public static int worst(int a, int b) {
        return Math.max(a, b);
    }
}
