package dev.tarjama.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Where the ledger's two homes differ: how a time is stored, whose clock leases follow, how rows are locked. */
abstract class Dialect {
    abstract void setTime(PreparedStatement statement, int index, Instant time) throws SQLException;

    abstract Instant getTime(ResultSet row, String column) throws SQLException;

    /** The time leases and polls are measured against. */
    abstract Instant now(Connection connection) throws SQLException;

    /** What a query claiming rows ends with, so that workers claiming at once take different rows. */
    abstract String skipLocked();

    /** What a query reading a row it will change ends with. */
    abstract String forUpdate();

    /** Whether several workers share the ledger, and so must claim a source's poll. */
    abstract boolean shared();

    /**
     * SQLite: times as fixed-width ISO-8601 text in UTC, which sorts as it compares; the watch's clock, which a test
     * can set; no row locks — one watcher holds the file, and its threads take turns on one connection.
     */
    static final class Sqlite extends Dialect {
        /** Nine digits of fraction always: text comparison is then time comparison. */
        private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'")
                .withZone(ZoneOffset.UTC);

        private final Clock clock;

        Sqlite(Clock clock) {
            this.clock = clock;
        }

        static String text(Instant time) {
            return TEXT.format(time);
        }

        @Override
        void setTime(PreparedStatement statement, int index, Instant time) throws SQLException {
            if (time == null) {
                statement.setNull(index, Types.VARCHAR);
            } else {
                statement.setString(index, text(time));
            }
        }

        @Override
        Instant getTime(ResultSet row, String column) throws SQLException {
            String text = row.getString(column);
            return text == null ? null : Instant.parse(text);
        }

        @Override
        Instant now(Connection connection) {
            return clock.instant();
        }

        @Override
        String skipLocked() {
            return "";
        }

        @Override
        String forUpdate() {
            return "";
        }

        @Override
        boolean shared() {
            return false;
        }
    }

    /** PostgreSQL: {@code timestamptz}; the database's clock, which every worker shares; row locks. */
    static final class Postgresql extends Dialect {
        @Override
        void setTime(PreparedStatement statement, int index, Instant time) throws SQLException {
            if (time == null) {
                statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                statement.setObject(index, OffsetDateTime.ofInstant(time, ZoneOffset.UTC));
            }
        }

        @Override
        Instant getTime(ResultSet row, String column) throws SQLException {
            OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
            return time == null ? null : time.toInstant();
        }

        @Override
        Instant now(Connection connection) throws SQLException {
            try (Statement s = connection.createStatement();
                    ResultSet row = s.executeQuery("SELECT clock_timestamp()")) {
                row.next();
                return row.getObject(1, OffsetDateTime.class).toInstant();
            }
        }

        @Override
        String skipLocked() {
            return " FOR UPDATE SKIP LOCKED";
        }

        @Override
        String forUpdate() {
            return " FOR UPDATE";
        }

        @Override
        boolean shared() {
            return true;
        }
    }
}
