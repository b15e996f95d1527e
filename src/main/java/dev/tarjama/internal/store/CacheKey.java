package dev.tarjama.internal.store;

import dev.tarjama.internal.digest.Digest;

/**
 * The identity of an answer: a {@link Digest} over every input that changes it.
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
        private final Digest digest;

        private Builder(String kind) {
            this.kind = kind;
            this.digest = Digest.of(kind);
        }

        public Builder add(String name, String value) {
            digest.add(name, value);
            return this;
        }

        public CacheKey build() {
            return new CacheKey(kind, digest.hex());
        }
    }
}
