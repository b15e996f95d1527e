package dev.tarjama;

/**
 * A failure the user can act on. Its message is one line that says what went wrong, where, and how to fix it;
 * the CLI prints it without a stack trace and exits with {@link #exitCode()}.
 */
public class TarjamaException extends RuntimeException {
    private final int exitCode;

    public TarjamaException(int exitCode, String message) {
        this(exitCode, message, null);
    }

    public TarjamaException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    public static TarjamaException input(String message) {
        return new TarjamaException(ExitCodes.INPUT, message);
    }

    public static TarjamaException input(String message, Throwable cause) {
        return new TarjamaException(ExitCodes.INPUT, message, cause);
    }

    public static TarjamaException usage(String message) {
        return new TarjamaException(ExitCodes.USAGE, message);
    }

    public static TarjamaException backend(String message) {
        return new TarjamaException(ExitCodes.BACKEND, message);
    }

    public static TarjamaException backend(String message, Throwable cause) {
        return new TarjamaException(ExitCodes.BACKEND, message, cause);
    }
}
