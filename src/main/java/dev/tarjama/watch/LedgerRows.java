package dev.tarjama.watch;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A ledger entry as a row of the {@code items} table, in the column order every implementation shares
 * ({@link #COLUMNS}); the implementations differ only in how they store a time.
 */
public final class LedgerRows {
    /** The entry's columns, in the order {@link #bind} fills parameters 1 to 13. */
    public static final String COLUMNS = "item_id, source, content_hash, status, attempts, last_error, folder, "
            + "first_seen, last_tried, card, requests, tokens, cost_usd";

    /** How a time is stored. */
    public enum Times {
        /** ISO-8601 text (SQLite): in UTC it sorts as it compares. */
        TEXT {
            @Override
            void set(PreparedStatement row, int index, Instant time) throws SQLException {
                row.setString(index, time.toString());
            }

            @Override
            Instant get(ResultSet row, String column) throws SQLException {
                return Instant.parse(row.getString(column));
            }
        },
        /** {@code timestamptz} (PostgreSQL). */
        TIMESTAMP {
            @Override
            void set(PreparedStatement row, int index, Instant time) throws SQLException {
                row.setObject(index, OffsetDateTime.ofInstant(time, ZoneOffset.UTC));
            }

            @Override
            Instant get(ResultSet row, String column) throws SQLException {
                return row.getObject(column, OffsetDateTime.class).toInstant();
            }
        };

        abstract void set(PreparedStatement row, int index, Instant time) throws SQLException;

        abstract Instant get(ResultSet row, String column) throws SQLException;
    }

    private LedgerRows() {}

    /** Fills parameters 1 to 13 with the entry's {@link #COLUMNS}. */
    public static void bind(PreparedStatement row, LedgerEntry e, Times times) throws SQLException {
        row.setString(1, e.itemId());
        row.setString(2, e.source());
        row.setString(3, e.contentHash());
        row.setString(4, e.status().name());
        row.setInt(5, e.attempts());
        row.setString(6, e.lastError());
        row.setString(7, e.folder());
        times.set(row, 8, e.firstSeen());
        times.set(row, 9, e.lastTried());
        row.setString(10, e.card() == null ? null : ArticleJson.write(e.card()));
        row.setLong(11, e.spent().requests());
        row.setLong(12, e.spent().tokens());
        if (e.spent().costUsd() == null) {
            row.setNull(13, Types.DOUBLE);
        } else {
            row.setDouble(13, e.spent().costUsd());
        }
    }

    /** The entry in the current row, which holds at least {@link #COLUMNS}. */
    public static LedgerEntry entry(ResultSet row, Times times) throws SQLException {
        double cost = row.getDouble("cost_usd");
        Double costUsd = row.wasNull() ? null : cost;
        return new LedgerEntry(
                row.getString("item_id"),
                row.getString("source"),
                row.getString("content_hash"),
                LedgerEntry.Status.valueOf(row.getString("status")),
                row.getInt("attempts"),
                row.getString("last_error"),
                row.getString("folder"),
                times.get(row, "first_seen"),
                times.get(row, "last_tried"),
                ArticleJson.card(row.getString("card")),
                new Spent(row.getLong("requests"), row.getLong("tokens"), costUsd));
    }
}
