package dev.tarjama.internal.source;

import dev.tarjama.internal.http.Validators;
import java.util.Objects;

/**
 * The raw bytes of an article and what is known about them before decoding.
 *
 * @param input       what the user named: a path, a URL or {@code -}
 * @param bytes       the content, never empty
 * @param contentType the media type a server declared (may carry a charset), or {@code null}
 * @param location    the address the bytes came from after redirects, or {@code null} for a file or standard input
 * @param validators  what the server said identifies this version, to ask for it again only if it changed
 */
public record ArticleBytes(String input, byte[] bytes, String contentType, String location, Validators validators) {
    public ArticleBytes {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(validators, "validators");
    }

    public ArticleBytes(String input, byte[] bytes, String contentType, String location) {
        this(input, bytes, contentType, location, Validators.NONE);
    }

    public ArticleBytes(String input, byte[] bytes, String contentType) {
        this(input, bytes, contentType, null);
    }
}
