package dev.tarjama.cli;

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
