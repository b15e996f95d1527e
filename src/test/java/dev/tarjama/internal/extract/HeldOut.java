package dev.tarjama.internal.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The tenth of the shared pages kept out of tuning, to see whether what was tuned carries over to unseen pages. */
final class HeldOut {
    private HeldOut() {}

    static boolean contains(String page) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(page.getBytes(StandardCharsets.UTF_8));
            return (digest[0] & 0xFF) % 10 == 0;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
