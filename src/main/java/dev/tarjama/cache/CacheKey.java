package dev.tarjama.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The identity of an answer: a SHA-256 over every input that changes it, each field length-prefixed so that no two
 * different field lists hash alike.
 *
 * @param kind   what the answer is ({@code segment}, {@code brief}), kept beside it for inspection
 * @param digest the hex SHA-256
 */
public record CacheKey(String kind, String digest) {
    public static Builder of(String kind) {
        return new Builder(kind);
    }

    /** Collects the fields of a key in a fixed order. */
    public static final class Builder {
        private final String kind;
        private final MessageDigest sha;

        private Builder(String kind) {
            this.kind = kind;
            try {
                this.sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
            add("kind", kind);
        }

        public Builder add(String name, String value) {
            field(name);
            field(value == null ? "\u0000null" : value);
            return this;
        }

        private void field(String value) {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            sha.update(String.valueOf(bytes.length).getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) ':');
            sha.update(bytes);
        }

        public CacheKey build() {
            return new CacheKey(kind, HexFormat.of().formatHex(sha.digest()));
        }
    }
}
