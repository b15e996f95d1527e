package dev.tarjama.internal.store;

/** The cache's storage is damaged or unwritable: answers cannot be kept, though the run itself can go on. */
public final class CacheDamagedException extends RuntimeException {
    public CacheDamagedException(String message, Throwable cause) {
        super(message, cause);
    }
}
