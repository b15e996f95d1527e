package dev.tarjama.cli;

import dev.tarjama.ConfigurationException;
import dev.tarjama.api.SharedDatabase;
import dev.tarjama.api.Tarjama;
import dev.tarjama.api.WatchSource;
import dev.tarjama.api.Watcher;
import dev.tarjama.api.WatcherBuilder;
import dev.tarjama.cli.process.Environment;
import dev.tarjama.internal.config.WatchConfig;
import dev.tarjama.model.CycleReport;
import java.nio.file.Path;
import java.time.Duration;
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
            "  tarjama watch --feed https://example.org/rss --dir inbox/ --every 15m",
            "  tarjama watch --feed https://example.org/rss --once  # one cycle, for cron",
            "  tarjama watch --config watch.yaml --once",
            "  tarjama watch --config watch.yaml --db postgresql://db.example/tarjama",
            "  tarjama status -o output/",
            "",
            "Exit codes: 0 every item translated or unchanged, or stopped by SIGTERM/Ctrl-C; 1 (with --once) an item or a source failed this cycle; 2 usage error, another watch holds the output's state, or the shared database stayed unreachable; 3 backend not configured, unreachable or refusing the credentials before it ever answered (afterwards the watch says so and asks again at the next cycle), or with --once."
        })
final class WatchCommand implements Callable<Integer>, Verbosity.Aware {
    private static final Duration DEFAULT_LEASE = Duration.ofMinutes(2);

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
            names = "--item-retry",
            paramLabel = "DURATION",
            order = 12,
            description = "How long a failed article waits before it is tried again; the wait doubles with each "
                    + "failure, and the article is parked after three. Default: 5m.")
    String itemRetry;

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
        List<WatchConfig.Source> named = new ArrayList<>(file == null ? List.of() : file.sources());
        for (List<String> kind : List.of(feeds, pages, dirs)) {
            kind.forEach(source -> named.add(new WatchConfig.Source(source)));
        }
        if (named.isEmpty()) {
            throw new ConfigurationException(
                    "nothing to watch: name at least one --feed, --page or --dir, or --config");
        }
        WatchConfig.Timing timing = timing(file);
        WatchConfig.Limits limits = limits(file == null ? new WatchConfig.Limits(null, null, null) : file.limits());
        Duration retry = itemRetry != null
                ? OptionValues.duration("--item-retry", itemRetry)
                : file != null ? file.itemRetry() : null;
        OutputOptions out = output == null ? new OutputOptions() : output;
        if (out.out == null && file != null && file.output() != null) {
            out.out = Path.of(file.output());
        }
        InputOptions in = input == null ? new InputOptions() : input;
        List<Tarjama> opened = new ArrayList<>();
        try (Console console = new Console(verbosity, ProgressViews.forCommand(env, verbosity));
                SharedDatabase shared = sharedDatabase(file, console)) {
            // one run per distinct set of a source's own settings, the watch's own first: its root holds the ledger
            Map<WatchConfig.Overrides, RunSession.Session> sessions = new LinkedHashMap<>();
            try {
                sessions.put(
                        WatchConfig.Overrides.NONE, open(console, in, out, shared, WatchConfig.Overrides.NONE, opened));
                for (WatchConfig.Source source : named) {
                    if (!sessions.containsKey(source.overrides())) {
                        sessions.put(source.overrides(), open(console, in, out, shared, source.overrides(), opened));
                    }
                }
                RunSession.Session own = sessions.get(WatchConfig.Overrides.NONE);
                WatcherBuilder watch = Watcher.builder(own.tarjama(), own.root())
                        .budget(limits.maxItemsPerCycle(), limits.maxRequestsPerCycle(), limits.maxCostPerDay())
                        .listener(new CycleOutput(env, console))
                        .lease(claimLease == null ? DEFAULT_LEASE : lease());
                if (timing.every() != null) {
                    watch.every(timing.every());
                } else if (timing.cron() != null) {
                    watch.cron(timing.cron());
                }
                if (retry != null) {
                    watch.itemRetry(retry);
                }
                if (shared != null) {
                    watch.sharing(shared);
                }
                for (WatchConfig.Source source : named) {
                    WatchSource watched = WatchSource.of(
                            Inputs.resolve(List.of(source.name()), env).get(0));
                    if (source.timing().every() != null) {
                        watched = watched.every(source.timing().every());
                    } else if (source.timing().cron() != null) {
                        watched = watched.cron(source.timing().cron());
                    }
                    if (!source.overrides().equals(WatchConfig.Overrides.NONE)) {
                        RunSession.Session session = sessions.get(source.overrides());
                        watched = watched.translatedBy(session.tarjama(), session.root());
                    }
                    watch.source(watched);
                }
                try (Watcher watcher = watch.build()) {
                    if (once) {
                        CycleReport report = watcher.runOnce();
                        return report.anyFailure() && !env.cancellation().isCancelled()
                                ? ExitCodes.PARTIAL
                                : ExitCodes.OK;
                    }
                    watcher.run();
                    return ExitCodes.OK; // stopped by a signal: everything finished is recorded
                }
            } finally {
                opened.forEach(Tarjama::close);
            }
        }
    }

    /** The run of one set of a source's own settings (none: the watch's own). */
    private RunSession.Session open(
            Console console,
            InputOptions in,
            OutputOptions out,
            SharedDatabase shared,
            WatchConfig.Overrides overrides,
            List<Tarjama> opened) {
        RunSession.Session session = RunSession.open(
                env,
                console,
                run.with(overrides),
                in.withLimit(overrides.limit()),
                out.withRoot(overrides.output()),
                false,
                shared);
        opened.add(session.tarjama());
        return session;
    }

    /** The database the flag, the variable or the config file names, in that order; {@code null} when none does. */
    private SharedDatabase sharedDatabase(WatchConfig file, Console console) {
        String fromFile = null;
        if (file != null) {
            WatchConfig.Database database = file.database();
            fromFile = database.variable() != null ? env.variables().get(database.variable()) : database.url();
        }
        String named = db != null ? db : env.variables().getOrDefault("TARJAMA_DB", fromFile);
        if (named == null || named.isBlank()) {
            return null;
        }
        SharedDatabase shared =
                SharedDatabase.open(named, env.variables().get("PGPASSWORD"), console::warn, env.cancellation());
        console.detail("sharing the ledger, answer cache and rate limits in " + shared.describe());
        return shared;
    }

    private Duration lease() {
        Duration lease = OptionValues.duration("--claim-lease", claimLease);
        if (lease.isZero()) {
            throw new ConfigurationException("--claim-lease " + claimLease + ": give a duration above zero");
        }
        return lease;
    }

    private WatchConfig.Timing timing(WatchConfig file) {
        if (every != null && cron != null) {
            throw new ConfigurationException("--every and --cron: give one schedule, not both");
        }
        if (every != null) {
            Duration interval;
            try {
                interval = OptionValues.duration("--every", every);
            } catch (ConfigurationException e) {
                interval = Duration.ZERO;
            }
            if (interval.isZero()) {
                throw new ConfigurationException("--every " + every + ": give a duration such as 90s, 15m, 2h or 1d");
            }
            return new WatchConfig.Timing(interval, null);
        }
        if (cron != null) {
            return new WatchConfig.Timing(null, cron);
        }
        return file != null ? file.timing() : WatchConfig.Timing.NONE;
    }

    private WatchConfig.Limits limits(WatchConfig.Limits file) {
        refuseNonPositive("--max-items-per-cycle", maxItems);
        refuseNonPositive("--max-requests-per-cycle", maxRequests);
        refuseNonPositive("--max-cost-per-day", maxCostPerDay);
        return new WatchConfig.Limits(
                maxItems != null ? maxItems : file.maxItemsPerCycle(),
                maxRequests != null ? maxRequests : file.maxRequestsPerCycle(),
                maxCostPerDay != null ? maxCostPerDay : file.maxCostPerDay());
    }

    private static void refuseNonPositive(String flag, Number value) {
        if (value != null && value.doubleValue() <= 0) {
            throw new ConfigurationException(flag + " " + value + ": give a number above 0");
        }
    }
}
