package dev.tarjama.internal.source;

import java.time.Duration;
import java.util.Objects;

/**
 * How pages and feeds are fetched over HTTP.
 *
 * @param connectTimeout      to open a connection
 * @param readTimeout         between two reads
 * @param callTimeout         for a whole fetch, redirects included
 * @param maxRedirects        redirects followed before giving up
 * @param maxBytes            the largest body read, after decompression: a gzip bomb stops here
 * @param allowPrivateNetwork whether links and redirects may lead to loopback, private, link-local or metadata
 *                            addresses; an address the user names directly is always fetched
 * @param userAgent           what tarjama tells servers it is
 */
public record FetchPolicy(
        Duration connectTimeout,
        Duration readTimeout,
        Duration callTimeout,
        int maxRedirects,
        long maxBytes,
        boolean allowPrivateNetwork,
        String userAgent) {
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    public static final String USER_AGENT = "tarjama/1 (news translation; +https://github.com/tarjama)";

    public FetchPolicy {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(callTimeout, "callTimeout");
        Objects.requireNonNull(userAgent, "userAgent");
        if (maxRedirects < 0 || maxBytes <= 0) {
            throw new IllegalArgumentException("maxRedirects must be ≥ 0 and maxBytes > 0");
        }
    }

    /**
     * The policy the options ask for: their size cap and private-network rule, and their time limit for a whole
     * fetch, which also bounds the connect and read limits.
     */
    public static FetchPolicy of(dev.tarjama.Options.Reading reading) {
        FetchPolicy defaults = defaults();
        Duration whole = reading.fetchTimeout();
        return new FetchPolicy(
                min(whole, defaults.connectTimeout()),
                min(whole, defaults.readTimeout()),
                whole,
                defaults.maxRedirects(),
                reading.maxPageBytes(),
                reading.allowPrivateNetwork(),
                USER_AGENT);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    public static FetchPolicy defaults() {
        return new FetchPolicy(
                Duration.ofSeconds(10),
                Duration.ofSeconds(20),
                Duration.ofSeconds(60),
                5,
                DEFAULT_MAX_BYTES,
                false,
                USER_AGENT);
    }

    public FetchPolicy withMaxBytes(long bytes) {
        return new FetchPolicy(
                connectTimeout, readTimeout, callTimeout, maxRedirects, bytes, allowPrivateNetwork, userAgent);
    }

    public FetchPolicy withPrivateNetwork(boolean allowed) {
        return new FetchPolicy(connectTimeout, readTimeout, callTimeout, maxRedirects, maxBytes, allowed, userAgent);
    }

    public FetchPolicy withTimeouts(Duration connect, Duration read, Duration call) {
        return new FetchPolicy(connect, read, call, maxRedirects, maxBytes, allowPrivateNetwork, userAgent);
    }
}
