package dev.tarjama.cli;

import dev.tarjama.TarjamaException;
import dev.tarjama.cache.ProcessOwner;
import dev.tarjama.source.ArticleSource;
import dev.tarjama.watch.Budget;
import dev.tarjama.watch.Ledger;
import dev.tarjama.watch.Schedule;
import dev.tarjama.watch.SqliteLedger;
import dev.tarjama.watch.WatchConfig;
import dev.tarjama.watch.WatchCycle;
import dev.tarjama.watch.WatchIndex;
import dev.tarjama.watch.WatchLock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tarjama watch}: new and changed articles of feeds, pages and folders translated on a schedule. */
@Command(
        name = "watch",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        versionProvider = VersionProvider.class,
        description = {
            "Translates what is new or changed in feeds, pages and folders, every --every (or on a --cron schedule), "
                    + "or once with --once (for cron or a systemd timer). A ledger under <out>/.tarjama/state.db "
                    + "remembers every item: an unchanged one is skipped without a request (a feed that answers 304 "
                    + "is not even parsed), a changed one translated again (only its changed paragraphs cost "
                    + "anything) with the previous article.json kept under versions/, a failing one retried on later "
                    + "cycles (5, then 10 minutes later at the earliest) and parked after three failures. After each "
                    + "cycle <out>/index.html, "
                    + "index.md, the day's digest-YYYY-MM-DD.md/.html and briefs.atom are rewritten. With --db, "
                    + "several workers share one PostgreSQL ledger, answer cache and rate limits. 'tarjama status' "
                    + "shows the ledger."
        },
        footer = {
            "",
            "Examples:",
            "  tarjama watch --feed https://example.org/rss --dir inbox/ --every 15m -o output/",
            "  tarjama watch --feed https://example.org/rss --once      # one cycle, for cron",
            "  tarjama watch --config watch.yaml --once",
            "  tarjama watch --config watch.yaml --db postgresql://tarjama@db.example/tarjama   # one of N workers",
            "  tarjama status -o output/",
            "",
            "Exit codes: 0 every item translated or unchanged, or stopped by SIGTERM/Ctrl-C; 1 (with --once) an item",
            "or a source failed this cycle; 2 usage error, another watch holds the output's state, or the shared",
            "database stayed unreachable; 3 backend not configured, unreachable or refusing the credentials before",
            "it ever answered (afterwards the watch says so and asks again at the next cycle), or with --once."
        })
final class WatchCommand implements Callable<Integer>, Verbosity.Aware {
    private static final java.time.Duration DEFAULT_LEASE = java.time.Duration.ofMinutes(2);

    private final Environment env;

    @Mixin
    Verbosity verbosity = new Verbosity();

    @Option(names = "--feed", paramLabel = "URL", order = 1, description = "An RSS or Atom feed to watch (repeatable).")
    List<String> feeds = new ArrayList<>();

    @Option(
            names = "--page",
            paramLabel = "URL",
            order = 2,
            description = "A page to watch: translated again when its article changes (repeatable).")
    List<String> pages = new ArrayList<>();

    @Option(names = "--dir", paramLabel = "DIR", order = 3, description = "A folder of article files (repeatable).")
    List<String> dirs = new ArrayList<>();

    @Option(
            names = "--every",
            paramLabel = "DURATION",
            order = 4,
            description = "Time between the starts of two cycles: 90s, 15m, 2h. Default: 15m.")
    String every;

    @Option(
            names = "--cron",
            paramLabel = "SCHEDULE",
            order = 5,
            description = "Cycles on a crontab schedule instead, in this machine's time zone: \"0 */2 * * *\".")
    String cron;

    @Option(names = "--once", order = 6, description = "Run one cycle over every source and exit.")
    boolean once;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            order = 7,
            description = "A YAML file listing the sources (feed:, page:, dir:, each with its own every: or cron:) "
                    + "and optionally every:, cron:, output: and the budgets; flags given beside it add sources and "
                    + "override the rest.")
    Path config;

    @Option(
            names = "--max-items-per-cycle",
            paramLabel = "N",
            order = 8,
            description = "Translate at most N articles per cycle; the others wait for the next one.")
    Integer maxItems;

    @Option(
            names = "--max-requests-per-cycle",
            paramLabel = "N",
            order = 9,
            description = "Take no further article once a cycle has sent N requests.")
    Long maxRequests;

    @Option(
            names = "--max-cost-per-day",
            paramLabel = "USD",
            order = 10,
            description = "Take no further article once this UTC day's requests cost USD (by the price table); "
                    + "the watch goes on the next day.")
    Double maxCostPerDay;

    @Option(
            names = "--claim-lease",
            paramLabel = "DURATION",
            order = 11,
            description = "With workers sharing a database: how long an article a worker claimed stays its own without "
                    + "a renewal, so how soon another worker takes over from one that died. Default: 2m.")
    String claimLease;

    @Option(
            names = "--db",
            paramLabel = "URL",
            order = 12,
            description = "Share the ledger, the answer cache and the rate limits with other workers on one PostgreSQL "
                    + "database: postgresql://user@host:5432/database (the password from the address, PGPASSWORD or "
                    + "~/.pgpass). Default: TARJAMA_DB, else the config's database:, else SQLite under the output.")
    String db;

    @ArgGroup(validate = false, heading = "%nOutput:%n", order = 10)
    OutputOptions output = new OutputOptions();

    @ArgGroup(validate = false, heading = "%nInput:%n", order = 15)
    InputOptions input = new InputOptions();

    @Mixin
    RunOptions run = new RunOptions();

    WatchCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Verbosity verbosity() {
        return verbosity;
    }

    @Override
    public Integer call() {
        WatchConfig file =
                config == null ? null : WatchConfig.read(env.workingDirectory().resolve(config));
        Schedule fallback = schedule(file);
        List<WatchConfig.Source> named = new ArrayList<>(file == null ? List.of() : file.sources());
        for (List<String> kind : List.of(feeds, pages, dirs)) {
            kind.forEach(source -> named.add(new WatchConfig.Source(source, null)));
        }
        if (named.isEmpty()) {
            throw TarjamaException.usage("nothing to watch: name at least one --feed, --page or --dir, or --config");
        }
        Budget budget = budget(file == null ? Budget.NONE : file.budget());
        OutputOptions out = output == null ? new OutputOptions() : output;
        if (out.out == null && file != null && file.output() != null) {
            out.out = Path.of(file.output());
        }
        InputOptions in = input == null ? new InputOptions() : input;
        try (Console console = new Console(verbosity, ProgressViews.forCommand(env, verbosity));
                SharedDatabase shared = SharedDatabase.open(db, fromFile(file), env, console::warn)) {
            if (shared != null) {
                console.detail("sharing the ledger, answer cache and rate limits in " + shared.describe());
            }
            return WatchSessions.open(env, console, run, in, out, shared, named, sessions -> {
                Map<ArticleSource, Schedule> schedules = new LinkedHashMap<>();
                for (WatchConfig.Source source : named) {
                    ArticleSource resolved =
                            Inputs.resolve(List.of(source.name()), env).get(0);
                    schedules.put(resolved, source.schedule() != null ? source.schedule() : fallback);
                }
                // one SQLite watcher per output root; workers sharing a database coordinate through it instead
                try (WatchLock lock = shared == null ? WatchLock.acquire(sessions.root()) : null;
                        Ledger ledger = shared == null ? SqliteLedger.under(sessions.root()) : shared.ledger()) {
                    WatchCycle cycle = new WatchCycle(
                            ledger,
                            sessions,
                            sessions,
                            sessions::spent,
                            budget,
                            env.clock(),
                            env.cancellation()::isCancelled,
                            ProcessOwner.current(),
                            lease());
                    return new WatchLoop(
                                    env,
                                    console,
                                    cycle,
                                    ledger,
                                    new WatchIndex(sessions.root()),
                                    schedules,
                                    shared != null,
                                    sessions)
                            .run(once);
                }
            });
        }
    }

    /** The database the config file names, its variable read here where the environment is known. */
    private String fromFile(WatchConfig file) {
        if (file == null) {
            return null;
        }
        WatchConfig.Database database = file.database();
        return database.variable() != null ? env.variables().get(database.variable()) : database.url();
    }

    private java.time.Duration lease() {
        return claimLease == null
                ? DEFAULT_LEASE
                : reworded(() -> Schedule.every(claimLease), "--claim-lease ").interval();
    }

    private Schedule schedule(WatchConfig file) {
        if (every != null && cron != null) {
            throw TarjamaException.usage("--every and --cron: give one schedule, not both");
        }
        if (every != null) {
            return reworded(() -> Schedule.every(every), "--");
        }
        if (cron != null) {
            return rewordedCron(() -> Schedule.cron(cron), "--");
        }
        return file != null && file.schedule() != null ? file.schedule() : Schedule.every("15m");
    }

    private static Schedule.Every reworded(java.util.function.Supplier<Schedule.Every> parse, String prefix) {
        try {
            return parse.get();
        } catch (TarjamaException e) {
            throw TarjamaException.usage(prefix + e.getMessage());
        }
    }

    private static Schedule rewordedCron(java.util.function.Supplier<Schedule> parse, String prefix) {
        try {
            return parse.get();
        } catch (TarjamaException e) {
            throw TarjamaException.usage(prefix + e.getMessage());
        }
    }

    private Budget budget(Budget file) {
        refuseNonPositive("--max-items-per-cycle", maxItems);
        refuseNonPositive("--max-requests-per-cycle", maxRequests);
        refuseNonPositive("--max-cost-per-day", maxCostPerDay);
        return new Budget(
                maxItems != null ? maxItems : file.maxItemsPerCycle(),
                maxRequests != null ? maxRequests : file.maxRequestsPerCycle(),
                maxCostPerDay != null ? maxCostPerDay : file.maxCostPerDay());
    }

    private static void refuseNonPositive(String flag, Number value) {
        if (value != null && value.doubleValue() <= 0) {
            throw TarjamaException.usage(flag + " " + value + ": give a number above 0");
        }
    }
}
