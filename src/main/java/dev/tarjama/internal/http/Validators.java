package dev.tarjama.internal.http;

/**
 * What a server said identifies the version it sent ({@code ETag}, {@code Last-Modified}); sent back on the next
 * fetch, they let it answer "304 Not Modified" instead of the whole feed again.
 *
 * @param etag         the entity tag, or {@code null}
 * @param lastModified the {@code Last-Modified} date as the server wrote it, or {@code null}
 */
public record Validators(String etag, String lastModified) {
    public static final Validators NONE = new Validators(null, null);

    public boolean any() {
        return etag != null || lastModified != null;
    }
}
