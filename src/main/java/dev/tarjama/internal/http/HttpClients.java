package dev.tarjama.internal.http;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;

/**
 * The run's one HTTP client, for provider calls, article and feed fetches, probes and downloads: one connection
 * pool (sized for the run's concurrency, so connections are reused rather than reopened), one dispatcher. Its TLS
 * side — loading the trust store costs a fifth of a second — is built only when an https URL is first used.
 */
public final class HttpClients implements AutoCloseable {
    private final OkHttpClient plain;
    private final boolean ownsPool;
    private volatile OkHttpClient secure;
    private final java.util.Set<okhttp3.Call> reading = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * Clients with a connection pool of their own.
     *
     * @param concurrency requests in flight at once, to keep that many connections alive between requests
     * @param timeout     limit for one call, from connect to last byte
     */
    public HttpClients(int concurrency, Duration timeout) {
        this(concurrency, timeout, null);
    }

    /**
     * @param pool idle connections shared with other runs of the process (a daemon's next run starts on connections
     *             already open: no new TCP and TLS handshakes), or {@code null} for a pool of these clients' own. Each
     *             run keeps its own dispatcher either way, so cancelling one run's calls leaves the others'.
     */
    public HttpClients(int concurrency, Duration timeout, ConnectionPool pool) {
        this.ownsPool = pool == null;
        this.plain = new OkHttpClient.Builder()
                .connectionSpecs(List.of(ConnectionSpec.CLEARTEXT))
                .connectionPool(ownsPool ? new ConnectionPool(Math.max(5, 2 * concurrency), 5, TimeUnit.MINUTES) : pool)
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(timeout)
                .callTimeout(timeout)
                .addNetworkInterceptor(new CredentialsStayHome())
                .build();
    }

    /** The client for {@code url}: cleartext for http, the TLS-capable one (built now if need be) for anything else. */
    public OkHttpClient forUrl(String url) {
        return url.toLowerCase(Locale.ROOT).startsWith("http://") ? plain : secure();
    }

    /** The TLS-capable client; it shares the pool and dispatcher. */
    public OkHttpClient secure() {
        OkHttpClient client = secure;
        if (client == null) {
            synchronized (this) {
                client = secure;
                if (client == null) {
                    client = plain.newBuilder()
                            .connectionSpecs(List.of(ConnectionSpec.MODERN_TLS, ConnectionSpec.CLEARTEXT))
                            .build();
                    secure = client;
                }
            }
        }
        return client;
    }

    /**
     * Runs {@code call} and hands its response to {@code reader} while the call stays cancellable: OkHttp lets go of
     * a call once the headers are in, so a body that trickles in would otherwise be beyond {@link #cancelAll}.
     */
    public <T> T execute(okhttp3.Call call, ResponseReader<T> reader) throws java.io.IOException {
        reading.add(call);
        try (okhttp3.Response response = call.execute()) {
            return reader.read(response);
        } finally {
            reading.remove(call);
        }
    }

    /** Reads a response. */
    @FunctionalInterface
    public interface ResponseReader<T> {
        T read(okhttp3.Response response) throws java.io.IOException;
    }

    /** Abandons every call in flight: after an interrupt's grace period, nothing waits for a slow server. */
    public void cancelAll() {
        plain.dispatcher().cancelAll();
        reading.forEach(okhttp3.Call::cancel);
    }

    @Override
    public void close() {
        plain.dispatcher().executorService().shutdown();
        if (ownsPool) {
            plain.connectionPool().evictAll();
        }
    }
}
