package dev.tarjama;

/** The model's server is not configured, cannot be reached, refuses the credentials or does not have the model; or it stopped answering. */
public final class BackendException extends TarjamaException {
    public BackendException(String message) {
        super(message, null);
    }

    public BackendException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public Kind kind() {
        return Kind.BACKEND;
    }
}
