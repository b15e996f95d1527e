package dev.tarjama.internal.store;

import dev.tarjama.model.ArticleState;
import dev.tarjama.model.Spent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/** A ledger entry as a row of the {@code articles} table, and back, in either home's {@link Dialect}. */
final class LedgerRows {
    static final String COLUMNS = "source, item_id, link, name, content_hash, state, attempts, last_error, "
            + "next_attempt, folder, first_seen, last_tried, translated_at, published, card, requests, tokens, "
            + "cost_usd, article, queued_at, is_update, claimed_by, lease_until";

    private static final String UPSERT = "INSERT INTO articles (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source, item_id) DO UPDATE SET link = excluded.link, "
            + "name = excluded.name, content_hash = excluded.content_hash, state = excluded.state, "
            + "attempts = excluded.attempts, last_error = excluded.last_error, next_attempt = excluded.next_attempt, "
            + "folder = excluded.folder, first_seen = excluded.first_seen, last_tried = excluded.last_tried, "
            + "translated_at = excluded.translated_at, published = excluded.published, card = excluded.card, "
            + "requests = excluded.requests, tokens = excluded.tokens, cost_usd = excluded.cost_usd, "
            + "article = excluded.article, queued_at = excluded.queued_at, is_update = excluded.is_update, "
            + "claimed_by = excluded.claimed_by, lease_until = excluded.lease_until";

    private final Dialect dialect;

    LedgerRows(Dialect dialect) {
        this.dialect = dialect;
    }

    /** Writes the entry's row, in place of what its key held. */
    void upsert(Connection c, LedgerEntry e) throws SQLException {
        try (PreparedStatement row = c.prepareStatement(UPSERT)) {
            row.setString(1, e.source());
            row.setString(2, e.itemId());
            row.setString(3, e.link());
            row.setString(4, e.name());
            row.setString(5, e.contentHash());
            row.setString(6, e.state().name());
            row.setInt(7, e.attempts());
            row.setString(8, e.lastError());
            dialect.setTime(row, 9, e.nextAttempt());
            row.setString(10, e.folder());
            dialect.setTime(row, 11, e.firstSeen());
            dialect.setTime(row, 12, e.lastTried());
            dialect.setTime(row, 13, e.translatedAt());
            dialect.setTime(row, 14, e.published());
            row.setString(15, e.card() == null ? null : LedgerJson.write(e.card()));
            row.setLong(16, e.spent().requests());
            row.setLong(17, e.spent().tokens());
            if (e.spent().costUsd() == null) {
                row.setNull(18, Types.DOUBLE);
            } else {
                row.setDouble(18, e.spent().costUsd());
            }
            row.setString(19, e.queued() == null ? null : LedgerJson.write(e.queued()));
            dialect.setTime(row, 20, e.queuedAt());
            row.setBoolean(21, e.update());
            row.setString(22, e.claimedBy());
            dialect.setTime(row, 23, e.leaseUntil());
            row.executeUpdate();
        }
    }

    /** The entry in the current row, which holds at least {@link #COLUMNS}. */
    LedgerEntry entry(ResultSet row) throws SQLException {
        double cost = row.getDouble("cost_usd");
        Double costUsd = row.wasNull() ? null : cost;
        String article = row.getString("article");
        return new LedgerEntry(
                new ArticleKey(row.getString("source"), row.getString("item_id")),
                row.getString("link"),
                row.getString("name"),
                row.getString("content_hash"),
                ArticleState.valueOf(row.getString("state")),
                row.getInt("attempts"),
                row.getString("last_error"),
                dialect.getTime(row, "next_attempt"),
                row.getString("folder"),
                dialect.getTime(row, "first_seen"),
                dialect.getTime(row, "last_tried"),
                dialect.getTime(row, "translated_at"),
                dialect.getTime(row, "published"),
                LedgerJson.card(row.getString("card")),
                new Spent(row.getLong("requests"), row.getLong("tokens"), costUsd),
                article == null ? null : LedgerJson.article(article),
                dialect.getTime(row, "queued_at"),
                row.getBoolean("is_update"),
                row.getString("claimed_by"),
                dialect.getTime(row, "lease_until"));
    }
}
