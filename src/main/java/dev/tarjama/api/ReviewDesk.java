package dev.tarjama.api;

import dev.tarjama.ConfigurationException;
import dev.tarjama.Paper;
import dev.tarjama.StorageException;
import dev.tarjama.internal.desk.DeskServer;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * The review desk over an output root ({@code tarjama serve}): the articles, newest first, with their states and
 * flags; search over sources and translations; each article side by side with every translation editable in place,
 * saved as {@code tarjama import} saves a person's edit; and a JSON API beside the pages. It binds loopback unless
 * given a token, and works beside a running watch: an edit and a watch's new translation of the same folder never
 * overwrite each other.
 *
 * <pre>{@code
 * try (ReviewDesk desk = ReviewDesk.over(Path.of("output")).port(0).start()) {
 *     System.out.println(desk.address());
 *     desk.join();
 * }
 * }</pre>
 */
public final class ReviewDesk implements AutoCloseable {
    private final DeskServer server;
    private final InetAddress bind;

    private ReviewDesk(DeskServer server, InetAddress bind) {
        this.server = server;
        this.bind = bind;
    }

    /** A desk over {@code root}, to be configured and started. */
    public static Builder over(Path root) {
        return new Builder(root);
    }

    /** How to start a desk. */
    public static final class Builder {
        private final Path root;
        private String bind = "127.0.0.1";
        private int port = 8080;
        private String token;
        private Clock clock = Clock.systemUTC();
        private Paper paper = Paper.A4;
        private SharedDatabase shared;

        private Builder(Path root) {
            this.root = Objects.requireNonNull(root, "root");
        }

        /** The address to listen on; anything but loopback needs a {@link #token}. Default {@code 127.0.0.1}. */
        public Builder bind(String address) {
            this.bind = Objects.requireNonNull(address, "address");
            return this;
        }

        /** The port; 0 picks a free one ({@link ReviewDesk#port()} says which). Default 8080. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new ConfigurationException("--port " + port + ": a port is 0 to 65535");
            }
            this.port = port;
            return this;
        }

        /** What every request must show: {@code Authorization: Bearer <token>}, or the login form's cookie. */
        public Builder token(String token) {
            this.token = token == null || token.isBlank() ? null : token.strip();
            return this;
        }

        /** The clock edits are dated by. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The database the root's watch workers share ({@code watch --db}): the articles' states come from its ledger,
         * and search runs on PostgreSQL's full-text search there. The caller closes it after the desk.
         */
        public Builder sharing(SharedDatabase database) {
            this.shared = database;
            return this;
        }

        /** The paper of a {@code bilingual.pdf} written again after an edit. */
        public Builder paper(Paper paper) {
            this.paper = Objects.requireNonNull(paper, "paper");
            return this;
        }

        /**
         * Starts the desk.
         *
         * @throws ConfigurationException when the root is no folder, or a non-loopback address has no token
         * @throws StorageException       when the address and port cannot be bound
         */
        public ReviewDesk start() {
            if (!Files.isDirectory(root)) {
                throw new ConfigurationException(root + ": no such output folder (tarjama translate -o " + root
                        + " or tarjama watch -o " + root + " writes one)");
            }
            InetAddress address;
            try {
                address = InetAddress.getByName(bind);
            } catch (UnknownHostException e) {
                throw new ConfigurationException("--bind " + bind + ": not an address of this machine", e);
            }
            if (!address.isLoopbackAddress() && token == null) {
                throw new ConfigurationException("--bind " + bind + " would open the desk to the network without a"
                        + " token: give --token-file FILE (or TARJAMA_DESK_TOKEN), or bind 127.0.0.1");
            }
            return new ReviewDesk(
                    DeskServer.start(
                            root.toAbsolutePath().normalize(),
                            address,
                            port,
                            token,
                            clock,
                            paper,
                            shared == null ? null : shared.database()),
                    address);
        }
    }

    /** The port the desk listens on. */
    public int port() {
        return server.port();
    }

    /** The desk's address, for a browser. */
    public URI address() {
        String host = bind.isAnyLocalAddress() ? "127.0.0.1" : bind.getHostAddress();
        if (host.indexOf(':') >= 0) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** Blocks until the desk is closed. */
    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() {
        server.close();
    }
}
