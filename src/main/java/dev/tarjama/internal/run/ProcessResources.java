package dev.tarjama.internal.run;

import dev.tarjama.internal.lexicon.LexiconShelf;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;

/**
 * What the runs of one process share on purpose, held in one object that is passed to them rather than in statics: the
 * idle HTTP connections (a daemon's next run starts on connections already open), the providers whose request path
 * is already warm, and the dictionaries of the addition check. A process that makes one run makes one of these for it; a daemon makes one for all its runs.
 */
public final class ProcessResources {
    private final ConnectionPool pool;
    private final Set<String> warmProviders = ConcurrentHashMap.newKeySet();
    private final LexiconShelf lexicons = new LexiconShelf();

    private ProcessResources(ConnectionPool pool) {
        this.pool = pool;
    }

    /** Resources for one run alone: its HTTP clients keep a pool of their own, closed with it. */
    public static ProcessResources forOneRun() {
        return new ProcessResources(null);
    }

    /** Resources every run of a long-lived process shares: one pool of idle connections, the warm-up done once. */
    public static ProcessResources sharedByRuns() {
        return new ProcessResources(new ConnectionPool(64, 5, TimeUnit.MINUTES));
    }

    /** The connection pool runs share, or {@code null} when each run keeps its own. */
    public ConnectionPool connectionPool() {
        return pool;
    }

    /** The dictionaries of the addition check, each loaded once for every run of the process. */
    public LexiconShelf lexicons() {
        return lexicons;
    }

    /** The providers whose request path is warm in this process; a run adds the one it warms up. */
    public Set<String> warmProviders() {
        return warmProviders;
    }
}
