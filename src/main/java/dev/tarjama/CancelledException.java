package dev.tarjama;

/** The run was stopped (Ctrl-C, SIGTERM, a cancelled {@link Cancellation}) before the work asked for could start. */
public final class CancelledException extends TarjamaException {
    public CancelledException(String message) {
        super(message, null);
    }

    public CancelledException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public Kind kind() {
        return Kind.CANCELLED;
    }
}
