package dev.tarjama;

/** What tarjama keeps cannot be written or reached: an output folder, the watch's ledger or lock, the answer cache, a shared database. */
public final class StorageException extends TarjamaException {
    public StorageException(String message) {
        super(message, null);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public Kind kind() {
        return Kind.STORAGE;
    }
}
