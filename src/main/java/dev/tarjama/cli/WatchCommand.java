package dev.tarjama.cli;

import dev.tarjama.ExitCodes;
import dev.tarjama.TarjamaException;
import dev.tarjama.source.ArticleSource;
import dev.tarjama.watch.SqliteLedger;
import dev.tarjama.watch.WatchConfig;
import dev.tarjama.watch.WatchCycle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
            "Translates what is new or changed in feeds, pages and folders, every --every, or once with --once (for "
                    + "cron or a systemd timer). A ledger under <out>/.tarjama/state.db remembers every item: an "
                    + "unchanged one is skipped without a request, a changed one translated again (only its changed "
                    + "paragraphs cost anything) with the previous article.json kept under versions/, a failing one "
                    + "retried on later cycles after 5, 10, 20, 40 minutes and then parked. 'tarjama status' shows "
                    + "the ledger."
        },
        footer = {
            "",
            "Examples:",
            "  tarjama watch --feed https://example.org/rss --dir inbox/ --every 15m -o output/",
            "  tarjama watch --feed https://example.org/rss --once      # one cycle, for cron",
            "  tarjama watch --config watch.yaml --once",
            "  tarjama status -o output/",
            "",
            "Exit codes (with --once): 0 every item translated or unchanged; 1 an item or a source failed this cycle;",
            "2 usage error; 3 backend not configured, unreachable or refusing the credentials; 130/143 interrupted."
        })
final class WatchCommand implements Callable<Integer>, Verbosity.Aware {
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

    @Option(names = "--once", order = 5, description = "Run one cycle and exit.")
    boolean once;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            order = 6,
            description = "A YAML file listing the sources (feed:, page:, dir:) and optionally every: and output:; "
                    + "flags given beside it add sources and override every and the output.")
    Path config;

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
        List<String> named = new ArrayList<>(file == null ? List.of() : file.sources());
        named.addAll(feeds);
        named.addAll(pages);
        named.addAll(dirs);
        if (named.isEmpty()) {
            throw TarjamaException.usage("nothing to watch: name at least one --feed, --page or --dir, or --config");
        }
        Duration interval =
                duration(every != null ? every : file != null && file.every() != null ? file.every() : "15m");
        OutputOptions out = output == null ? new OutputOptions() : output;
        if (out.out == null && file != null && file.output() != null) {
            out.out = Path.of(file.output());
        }
        InputOptions in = input == null ? new InputOptions() : input;
        try (Console console = new Console(verbosity, ProgressViews.forCommand(env, verbosity))) {
            return RunSession.run(env, console, run, in, out, false, session -> {
                List<ArticleSource> sources = Inputs.resolve(named, env);
                try (SqliteLedger ledger = SqliteLedger.under(session.root())) {
                    WatchCycle cycle = new WatchCycle(
                            ledger, session.runs()::loadAll, session.runs()::translateWatched, env.clock());
                    while (true) {
                        WatchCycle.Report report = cycle.run(sources);
                        report.sourceErrors().forEach(console::error);
                        console.info(String.format(
                                Locale.ROOT,
                                "cycle: %d new, %d updated, %d unchanged, %d failed, %d waiting to retry, %d parked",
                                report.translated(),
                                report.updated(),
                                report.unchanged(),
                                report.failed(),
                                report.waiting(),
                                report.parked()));
                        if (once) {
                            return report.anyFailure() ? ExitCodes.PARTIAL : ExitCodes.OK;
                        }
                        if (env.cancellation().sleep(interval.toMillis())) {
                            return ExitCodes.INTERRUPTED;
                        }
                    }
                }
            });
        }
    }

    /** "90s", "15m", "2h", "1d". */
    static Duration duration(String text) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("(\\d{1,6})([smhd])").matcher(text.strip());
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw TarjamaException.usage("--every " + text + ": give a duration such as 90s, 15m, 2h or 1d");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }
}
