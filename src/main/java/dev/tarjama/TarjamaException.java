package dev.tarjama;

/**
 * A failure the user can act on: its message is one line that says what went wrong, where, and how to fix it, and
 * its type says whose move it is. The hierarchy is closed, so a caller that handles each kind handles every failure:
 *
 * <ul>
 *   <li>{@link InputException}: an article, page, feed or file that cannot be read or is not an article;
 *   <li>{@link BackendException}: the model's server is not configured, unreachable, or refuses the credentials;
 *   <li>{@link ConfigurationException}: a setting, a flag's value, a template or a configuration file is wrong;
 *   <li>{@link StorageException}: an output folder, the ledger, the answer cache or a shared database cannot be
 *       written or reached;
 *   <li>{@link CancelledException}: the run was stopped before the work asked for could start.
 * </ul>
 *
 * Anything else thrown by tarjama is a defect. The command line prints the message without a stack trace and maps
 * each {@link #kind()} to what the process reports.
 */
public abstract sealed class TarjamaException extends RuntimeException
        permits InputException, BackendException, ConfigurationException, StorageException, CancelledException {
    /** The kinds of failure, one per subclass: what {@code --json} reports as an error's {@code kind}. */
    public enum Kind {
        INPUT,
        BACKEND,
        CONFIGURATION,
        STORAGE,
        CANCELLED
    }

    TarjamaException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Which kind of failure this is. */
    public abstract Kind kind();
}
