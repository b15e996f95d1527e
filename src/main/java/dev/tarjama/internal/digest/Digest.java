package dev.tarjama.internal.digest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 over named fields, each length-prefixed so that no two different field lists hash alike: how tarjama
 * names what determined something — an answer in the cache, an article's text in the ledger, a text read from
 * standard input. One home for every digest, so that they are all made the same way.
 */
public final class Digest {
    private final MessageDigest sha;

    private Digest() {
        try {
            this.sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A digest whose first field is {@code kind} ("segment", "brief", "watch-item"). */
    public static Digest of(String kind) {
        return new Digest().add("kind", kind);
    }

    /** Adds a field; {@code null} is a value of its own, unlike any string. */
    public Digest add(String name, String value) {
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

    /** The hex SHA-256 of the fields added; the digest cannot be used again. */
    public String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }
}
