package dev.tarjama.internal.store;

import dev.tarjama.StorageException;
import java.sql.Connection;
import java.sql.SQLException;

/** One connection for one watcher (the watch lock keeps others out), used by its threads one at a time. */
final class SqliteTransactions implements JdbcLedger.Transactions {
    private final Connection connection;

    SqliteTransactions(Connection connection) {
        this.connection = connection;
    }

    @Override
    public synchronized <T> T run(String what, Database.Work<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StorageException("cannot " + what + " (the watch ledger): " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing: nothing left to lose, every change was committed as it was made
        }
    }
}
