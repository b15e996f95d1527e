package dev.tarjama;

/** An article, page, feed or file that cannot be read, is empty or binary, or is not an article to translate (already in the target language, say). */
public final class InputException extends TarjamaException {
    public InputException(String message) {
        super(message, null);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public Kind kind() {
        return Kind.INPUT;
    }
}
