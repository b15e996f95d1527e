package dev.tarjama;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/** Where an article comes from: a file, an http(s) URL, or bytes already in hand (standard input, a program). */
public sealed interface ArticleSource {
    /** What the user named, for messages and records: a path as typed, a URL, {@code -}. */
    String name();

    /** A file; {@code name} is how the user wrote it. */
    record File(Path path, String name) implements ArticleSource {
        public File {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(name, "name");
        }
    }

    /** An http(s) URL. */
    record Url(String url) implements ArticleSource {
        public Url {
            Objects.requireNonNull(url, "url");
        }

        @Override
        public String name() {
            return url;
        }
    }

    /**
     * Bytes in hand.
     *
     * @param contentType the media type, possibly with a charset, or {@code null} to detect it
     */
    record Bytes(String name, byte[] bytes, String contentType) implements ArticleSource {
        public Bytes {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(bytes, "bytes");
        }
    }

    static ArticleSource file(Path path) {
        return new File(path, path.toString());
    }

    static ArticleSource url(String url) {
        return new Url(url);
    }

    /** Text already decoded, under {@code name}. */
    static ArticleSource text(String name, String text) {
        return new Bytes(name, text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8");
    }
}
