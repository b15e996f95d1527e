package dev.tarjama.api;

import dev.tarjama.Cancellation;
import dev.tarjama.ConfigurationException;
import dev.tarjama.Options;
import dev.tarjama.StorageException;
import dev.tarjama.internal.llm.PostgresRateBudget;
import dev.tarjama.internal.llm.RateBudget;
import dev.tarjama.internal.store.AnswerCache;
import dev.tarjama.internal.store.Database;
import dev.tarjama.internal.store.DatabaseUrl;
import dev.tarjama.internal.store.JdbcLedger;
import dev.tarjama.internal.store.Ledger;
import dev.tarjama.internal.store.PostgresAnswerCache;
import java.util.function.Consumer;

/**
 * A PostgreSQL database that several watch workers share — their ledger and queue ({@link Watcher.Builder#sharing}),
 * their answer cache and their rate limits ({@link TarjamaBuilder#sharing}) — so that N workers never pay twice for
 * an answer nor exceed one account's quota. The schema is created and migrated when it is opened; work waits for a
 * database that goes away for a while (a restart, a fail-over), up to two minutes.
 */
public final class SharedDatabase implements AutoCloseable {
    private final Database db;

    private SharedDatabase(Database db) {
        this.db = db;
    }

    /**
     * Connects and brings the schema up to date.
     *
     * @param url          {@code postgresql://user@host:5432/database}, its password in it or given apart
     * @param password     the password when the address has none ({@code PGPASSWORD}), or {@code null} for
     *                     {@code ~/.pgpass}
     * @param warnings     told once per outage when the database cannot be reached, so a wait is never silent
     * @param cancellation stops the waiting
     * @throws ConfigurationException when the address is not PostgreSQL's
     * @throws StorageException       when the database cannot be reached or migrated
     */
    public static SharedDatabase open(
            String url, String password, Consumer<String> warnings, Cancellation cancellation) {
        return new SharedDatabase(Database.open(DatabaseUrl.parse(url, password), warnings, cancellation));
    }

    /** The address without its password. */
    public String describe() {
        return db.url().toString();
    }

    /** The database itself, for the review desk's ledger states and search. */
    Database database() {
        return db;
    }

    Ledger ledger() {
        return JdbcLedger.postgresql(db);
    }

    AnswerCache cache() {
        return new PostgresAnswerCache(db);
    }

    /** The per-minute limits held by every worker together; unlimited when the options set none. */
    RateBudget budget(Options.Requests requests) {
        return requests.requestsPerMinute() > 0 || requests.tokensPerMinute() > 0
                ? new PostgresRateBudget(db, requests.requestsPerMinute(), requests.tokensPerMinute())
                : RateBudget.UNLIMITED;
    }

    @Override
    public void close() {
        db.close();
    }
}
