package dev.tarjama.watch;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/**
 * A ledger entry as a row of the {@code items} table, in the column order every implementation shares: item_id,
 * source, content_hash, status, attempts, last_error, folder, first_seen, last_tried, card (JSON), requests, tokens,
 * cost_usd. Times are ISO-8601 text, so they sort as they compare.
 */
final class LedgerRows {
    private LedgerRows() {}

    static void bind(PreparedStatement row, LedgerEntry e) throws SQLException {
        row.setString(1, e.itemId());
        row.setString(2, e.source());
        row.setString(3, e.contentHash());
        row.setString(4, e.status().name());
        row.setInt(5, e.attempts());
        row.setString(6, e.lastError());
        row.setString(7, e.folder());
        row.setString(8, e.firstSeen().toString());
        row.setString(9, e.lastTried().toString());
        row.setString(10, e.card() == null ? null : ArticleJson.write(e.card()));
        row.setLong(11, e.spent().requests());
        row.setLong(12, e.spent().tokens());
        if (e.spent().costUsd() == null) {
            row.setNull(13, Types.REAL);
        } else {
            row.setDouble(13, e.spent().costUsd());
        }
    }

    static LedgerEntry entry(ResultSet row) throws SQLException {
        String card = row.getString("card");
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
                Instant.parse(row.getString("first_seen")),
                Instant.parse(row.getString("last_tried")),
                ArticleJson.card(card),
                new Spent(row.getLong("requests"), row.getLong("tokens"), costUsd));
    }
}
