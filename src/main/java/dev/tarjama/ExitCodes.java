package dev.tarjama;

/** The exit codes scripts rely on; documented in the README. */
public final class ExitCodes {
    /** Every paragraph translated. */
    public static final int OK = 0;
    /** Some paragraphs failed after retries; outputs were still written. */
    public static final int PARTIAL = 1;
    /** Bad flags, arguments, templates or configuration. */
    public static final int USAGE = 2;
    /** Backend not configured, unreachable, or refusing the credentials. */
    public static final int BACKEND = 3;
    /** Input unreadable, empty, binary or not text. */
    public static final int INPUT = 4;
    /** Interrupted (Ctrl-C); what was finished is kept. */
    public static final int INTERRUPTED = 130;

    private ExitCodes() {
    }
}
