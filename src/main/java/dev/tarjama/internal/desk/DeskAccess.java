package dev.tarjama.internal.desk;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Who may use the desk and how an edit proves it came from the desk's own page. With a token, every request carries
 * it ({@code Authorization: Bearer}) or a session cookie the login form set; without one, the desk listens on
 * loopback only. Every form that changes something carries a token derived from the session (or, without one, from a
 * secret of this run), so that another site's page cannot post an edit through the user's browser.
 */
public final class DeskAccess {
    public static final String COOKIE = "tarjama_desk";

    private final String token;
    private final byte[] secret = new byte[32];
    private final Set<String> sessions = ConcurrentHashMap.newKeySet();
    private final SecureRandom random = new SecureRandom();

    /** @param token what a user must present, or {@code null} for a desk on loopback that asks nothing */
    public DeskAccess(String token) {
        this.token = token;
        random.nextBytes(secret);
    }

    public boolean asksForToken() {
        return token != null;
    }

    /** Whether a request with this {@code Authorization} header and session cookie may proceed. */
    public boolean admits(String authorization, String session) {
        if (token == null) {
            return true;
        }
        if (authorization != null && authorization.startsWith("Bearer ")) {
            return same(authorization.substring("Bearer ".length()).strip(), token);
        }
        return session != null && sessions.contains(session);
    }

    /** A new session for a user who typed the token, or {@code null} when it is not the token. */
    public String login(String typed) {
        if (token == null || typed == null || !same(typed.strip(), token)) {
            return null;
        }
        byte[] id = new byte[24];
        random.nextBytes(id);
        String session = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
        sessions.add(session);
        return session;
    }

    /** The token the desk's forms carry for this session (or for this run, without sessions). */
    public String formToken(String session) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] tag = mac.doFinal((session == null ? "" : session).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a posted form token is this session's. */
    public boolean formTokenValid(String session, String posted) {
        return posted != null && same(posted, formToken(session));
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
