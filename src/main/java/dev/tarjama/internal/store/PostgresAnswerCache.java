package dev.tarjama.internal.store;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The answer cache several workers share on PostgreSQL: an answer paid for by one is never paid for by another, and
 * a claim keeps two of them from asking for the same answer at once (a claim's holder that died on this machine is
 * taken over at once; on another machine, when its lease runs out).
 */
public final class PostgresAnswerCache implements AnswerCache {
    private final Database db;
    private final String owner = ProcessOwner.current();

    public PostgresAnswerCache(Database db) {
        this.db = db;
    }

    @Override
    public Optional<String> get(CacheKey key) {
        return db.transaction("read the answer cache", c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT answer FROM answers WHERE key = ?")) {
                select.setString(1, key.digest());
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public Set<CacheKey> present(Collection<CacheKey> keys) {
        Map<String, CacheKey> byDigest = new HashMap<>();
        keys.forEach(k -> byDigest.put(k.digest(), k));
        return db.transaction("read the answer cache", c -> {
            Set<CacheKey> found = new HashSet<>();
            Array digests = c.createArrayOf("text", byDigest.keySet().toArray());
            try (PreparedStatement select = c.prepareStatement("SELECT key FROM answers WHERE key = ANY (?)")) {
                select.setArray(1, digests);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.add(byDigest.get(rows.getString(1)));
                    }
                }
            }
            return found;
        });
    }

    @Override
    public void put(CacheKey key, String answer) {
        db.transaction("store an answer", c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO answers (key, answer) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET answer = excluded.answer")) {
                insert.setString(1, key.digest());
                insert.setString(2, answer);
                insert.executeUpdate();
            }
            try (PreparedStatement done = c.prepareStatement("DELETE FROM answer_claims WHERE key = ?")) {
                done.setString(1, key.digest());
                done.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public boolean claim(CacheKey key, Duration lease) {
        return db.transaction("claim an answer", c -> {
            try (PreparedStatement claim = c.prepareStatement("INSERT INTO answer_claims VALUES (?, ?, now() + "
                    + "make_interval(secs => ?)) ON CONFLICT (key) DO UPDATE SET owner = excluded.owner, "
                    + "lease_until = excluded.lease_until WHERE answer_claims.lease_until < now() "
                    + "OR answer_claims.owner = excluded.owner")) {
                claim.setString(1, key.digest());
                claim.setString(2, owner);
                claim.setDouble(3, lease.toMillis() / 1000.0);
                if (claim.executeUpdate() > 0) {
                    return true;
                }
            }
            String holder = null;
            try (PreparedStatement select = c.prepareStatement("SELECT owner FROM answer_claims WHERE key = ?")) {
                select.setString(1, key.digest());
                try (ResultSet row = select.executeQuery()) {
                    holder = row.next() ? row.getString(1) : null;
                }
            }
            if (holder == null || !ProcessOwner.isGone(holder)) {
                return holder == null;
            }
            try (PreparedStatement takeOver = c.prepareStatement("UPDATE answer_claims SET owner = ?, lease_until = "
                    + "now() + make_interval(secs => ?) WHERE key = ? AND owner = ?")) {
                takeOver.setString(1, owner);
                takeOver.setDouble(2, lease.toMillis() / 1000.0);
                takeOver.setString(3, key.digest());
                takeOver.setString(4, holder);
                return takeOver.executeUpdate() > 0;
            }
        });
    }

    @Override
    public void release(CacheKey key) {
        db.transaction("release an answer's claim", c -> {
            try (PreparedStatement delete =
                    c.prepareStatement("DELETE FROM answer_claims WHERE key = ? AND owner = ?")) {
                delete.setString(1, key.digest());
                delete.setString(2, owner);
                delete.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public String location() {
        return "the shared answer cache in " + db.url();
    }

    /** The database is the pool's to close. */
    @Override
    public void close() {}
}
