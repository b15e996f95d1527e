package dev.tarjama.internal.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.tarjama.Cancellation;
import dev.tarjama.CancelledException;
import dev.tarjama.StorageException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The shared PostgreSQL database: a small connection pool, the schema migrated at start-up (Flyway, from
 * {@code db/migration/postgresql}), and work that outlasts a database briefly gone — a restart, a fail-over — by
 * trying again until it is back.
 */
public final class Database implements AutoCloseable {
    /** How long work waits for a database that went away before the watch gives up. */
    static final Duration OUTAGE = Duration.ofMinutes(2);

    private final HikariDataSource pool;
    private final DatabaseUrl url;
    private final Consumer<String> warn;
    private final Cancellation cancellation;

    private Database(HikariDataSource pool, DatabaseUrl url, Consumer<String> warn, Cancellation cancellation) {
        this.pool = pool;
        this.url = url;
        this.warn = warn;
        this.cancellation = cancellation;
    }

    /**
     * Connects and brings the schema up to date.
     *
     * @throws dev.tarjama.StorageException when the database cannot be reached or migrated
     */
    public static Database open(DatabaseUrl url) {
        return open(url, message -> {}, new Cancellation());
    }

    /**
     * Connects and brings the schema up to date, saying through {@code warn} when the database cannot be reached
     * (once per outage), so that a watch waiting for it does not wait in silence; a cancelled run stops waiting.
     */
    public static Database open(DatabaseUrl url, Consumer<String> warn, Cancellation cancellation) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url.jdbcUrl());
        config.setUsername(url.user());
        config.setPassword(url.password());
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(2_000); // a work unit waits for the pool no longer than this before it retries
        config.setValidationTimeout(1_000);
        config.setPoolName("tarjama");
        config.setInitializationFailTimeout(-1); // start even if the database is not up yet; work waits for it
        HikariDataSource pool = new HikariDataSource(config);
        Database database = new Database(pool, url, warn, cancellation);
        try {
            database.retrying("migrate", () -> {
                Flyway.configure()
                        .dataSource(pool)
                        .locations("classpath:db/migration/postgresql")
                        .load()
                        .migrate();
                return null;
            });
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return database;
    }

    /** Work on one connection, committed by the work itself or in auto-commit. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} in a transaction, committed when it returns; tried again while the database is unreachable
     * (each try a new transaction), up to {@link #OUTAGE}.
     *
     * @throws dev.tarjama.StorageException when the database stays away or refuses the work
     */
    public <T> T transaction(String what, Work<T> work) {
        return retrying(what, () -> {
            try (Connection connection = pool.getConnection()) {
                connection.setAutoCommit(false);
                try {
                    T result = work.run(connection);
                    connection.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    rollbackQuietly(connection);
                    throw e;
                }
            }
        });
    }

    @FunctionalInterface
    private interface Attempt<T> {
        T run() throws SQLException;
    }

    private <T> T retrying(String what, Attempt<T> attempt) {
        long deadline = System.nanoTime() + OUTAGE.toNanos();
        long pause = 250;
        boolean warned = false;
        while (true) {
            try {
                return attempt.run();
            } catch (SQLException | FlywayException e) {
                if (!unreachable(e) || System.nanoTime() > deadline) {
                    throw new StorageException(
                            "the shared database " + url + " failed to " + what + ": " + firstLine(e.getMessage()), e);
                }
                if (!warned) {
                    warned = true;
                    warn.accept("the shared database " + url + " cannot be reached (" + cause(e)
                            + "); trying again for up to " + OUTAGE.toMinutes() + " minutes");
                }
            }
            if (cancellation.sleep(pause)) {
                throw new CancelledException("interrupted while waiting for the shared database " + url);
            }
            pause = Math.min(pause * 2, 4_000);
        }
    }

    /** A connection that failed or could not be had, as opposed to a statement the database refused. */
    static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof java.net.ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 08: connection exception; 57P01-03: the server is shutting down or starting up
                if (state.startsWith("08") || state.startsWith("57P")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the transaction died with it
        }
    }

    /** The innermost reason ("Connection refused"), which the pool's own message hides. */
    private static String cause(Throwable e) {
        Throwable inner = e;
        while (inner.getCause() != null && inner.getCause() != inner) {
            inner = inner.getCause();
        }
        return firstLine(inner.getMessage() != null ? inner.getMessage() : e.getMessage());
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    /** The address, without its password. */
    public DatabaseUrl url() {
        return url;
    }

    @Override
    public void close() {
        pool.close();
    }
}
