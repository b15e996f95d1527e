package dev.tarjama.article;

import java.util.Objects;

/**
 * The raw bytes of an article and what is known about them before decoding.
 *
 * @param input       what the user named: a path, a URL or {@code -}
 * @param bytes       the content, never empty
 * @param contentType the media type a server declared (may carry a charset), or {@code null}
 */
public record ArticleBytes(String input, byte[] bytes, String contentType) {
    public ArticleBytes {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(bytes, "bytes");
    }
}
