package dev.tarjama.cli;

import dev.tarjama.TarjamaException;
import dev.tarjama.db.Database;
import dev.tarjama.db.DatabaseUrl;
import dev.tarjama.db.PostgresAnswerCache;
import dev.tarjama.db.PostgresLedger;
import dev.tarjama.db.PostgresRateBudget;
import dev.tarjama.llm.RateBudget;
import dev.tarjama.run.RunSettings;
import java.util.function.Consumer;

/**
 * The PostgreSQL database several watch workers share, when one is named ({@code --db}, else {@code TARJAMA_DB}, else
 * the config file's {@code database:}): their ledger, answer cache and rate budget.
 */
final class SharedDatabase implements AutoCloseable {
    private final Database db;

    private SharedDatabase(Database db) {
        this.db = db;
    }

    /**
     * The database named by the flag, the variable or the file, in that order; {@code null} when none is.
     *
     * @throws TarjamaException with exit code 2 when the address is not PostgreSQL's or the database cannot be reached
     */
    static SharedDatabase open(String flag, String fromFile, Environment env, Consumer<String> warn) {
        String named = flag != null ? flag : env.variables().getOrDefault("TARJAMA_DB", fromFile);
        if (named == null || named.isBlank()) {
            return null;
        }
        return new SharedDatabase(
                Database.open(DatabaseUrl.parse(named, env.variables().get("PGPASSWORD")), warn, env.cancellation()));
    }

    PostgresLedger ledger() {
        return new PostgresLedger(db);
    }

    PostgresAnswerCache cache() {
        return new PostgresAnswerCache(db);
    }

    /** The run's per-minute limits held by every worker together; unlimited when none is set. */
    RateBudget budget(RunSettings settings) {
        return settings.requestsPerMinute() > 0 || settings.tokensPerMinute() > 0
                ? new PostgresRateBudget(db, settings.requestsPerMinute(), settings.tokensPerMinute())
                : RateBudget.UNLIMITED;
    }

    /** The address without its password. */
    String describe() {
        return db.url().toString();
    }

    @Override
    public void close() {
        db.close();
    }
}
