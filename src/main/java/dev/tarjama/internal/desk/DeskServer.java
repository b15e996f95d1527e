package dev.tarjama.internal.desk;

import dev.tarjama.Paper;
import dev.tarjama.StorageException;
import dev.tarjama.internal.store.Database;
import dev.tarjama.internal.store.JdbcLedger;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The desk's HTTP server: Jetty's core with one handler, a small thread pool, request bodies capped, and paths
 * taken as the client wrote them (an encoded {@code ..%2F} reaches the desk, which finds no folder so named and
 * answers 404, rather than Jetty's 400).
 */
public final class DeskServer implements AutoCloseable {
    /** The largest request body: a paragraph's text with room to spare. */
    public static final long MOST_BODY_BYTES = 256 * 1024;

    private static final int THREADS = 16;

    private final Server server;
    private final ServerConnector connector;
    private final DeskSearch search;

    private DeskServer(Server server, ServerConnector connector, DeskSearch search) {
        this.server = server;
        this.connector = connector;
        this.search = search;
    }

    /**
     * Starts the desk over {@code root}.
     *
     * @param token what every request must show, or {@code null} for none (the caller binds loopback then)
     * @param shared the database the root's watch workers share, or {@code null} for the root's own ledger and an
     *               index beside it
     * @throws StorageException when the address cannot be bound
     */
    public static DeskServer start(
            Path root, InetAddress bind, int port, String token, Clock clock, Paper paper, Database shared) {
        DeskShelf shelf = shared == null
                ? new DeskShelf(root, clock)
                : new DeskShelf(root, clock, () -> JdbcLedger.postgresql(shared));
        DeskSearch search = shared == null ? DeskSearch.sqlite(shelf) : DeskSearch.postgresql(shelf, shared);
        QueuedThreadPool threads = new QueuedThreadPool(THREADS, 2);
        threads.setName("tarjama-desk");
        threads.setDaemon(true);
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setUriCompliance(UriCompliance.LEGACY);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(bind.getHostAddress());
        connector.setPort(port);
        server.addConnector(connector);
        SizeLimitHandler limit = new SizeLimitHandler(MOST_BODY_BYTES, -1);
        limit.setHandler(new DeskHandler(shelf, new DeskEdits(shelf, clock, paper), search, new DeskAccess(token)));
        server.setHandler(limit);
        try {
            server.start();
        } catch (Exception e) {
            search.close();
            stopQuietly(server);
            throw new StorageException(
                    "cannot listen on " + bind.getHostAddress() + ":" + port + ": " + e.getMessage(), e);
        }
        return new DeskServer(server, connector, search);
    }

    /** The port the desk listens on (the one chosen when 0 was asked). */
    public int port() {
        return connector.getLocalPort();
    }

    /** Blocks until the desk stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() {
        stopQuietly(server);
        search.close();
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            // stopping: nothing is left to serve
        }
    }
}
