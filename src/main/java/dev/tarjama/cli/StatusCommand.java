package dev.tarjama.cli;

import dev.tarjama.ExitCodes;
import dev.tarjama.TarjamaException;
import dev.tarjama.watch.Ledger;
import dev.tarjama.watch.LedgerEntry;
import dev.tarjama.watch.SqliteLedger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tarjama status}: what the watch ledger under an output root knows, per source and per item. */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        versionProvider = VersionProvider.class,
        description = {
            "Shows what 'tarjama watch' has seen under an output root (or in a shared database): per source, then every item with"
                    + " its status (done, retry, failed), attempts, last error and output folder, newest first."
        },
        footer = {"", "Examples:", "  tarjama status -o output/", "", "Exit codes: 0 ok; 2 no ledger under the root."})
final class StatusCommand implements Callable<Integer>, Verbosity.Aware {
    private final Environment env;

    @Mixin
    Verbosity verbosity = new Verbosity();

    @Option(
            names = {"-o", "--out"},
            paramLabel = "DIR",
            description = "The output root the watch writes to. Default: output.")
    Path out;

    @Option(
            names = "--db",
            paramLabel = "URL",
            description = "The PostgreSQL database watch workers share (default: TARJAMA_DB); without one, the "
                    + "SQLite ledger under the output root.")
    String db;

    StatusCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Verbosity verbosity() {
        return verbosity;
    }

    @Override
    public Integer call() {
        Path root = env.workingDirectory().resolve(out == null ? Path.of("output") : out);
        try (SharedDatabase shared =
                        SharedDatabase.open(db, null, env, message -> env.err().println("tarjama: " + message));
                Ledger ledger = shared != null ? shared.ledger() : sqlite(root)) {
            List<LedgerEntry> entries = ledger.all();
            Map<String, Map<LedgerEntry.Status, Long>> bySource = new TreeMap<>();
            for (LedgerEntry e : entries) {
                bySource.computeIfAbsent(e.source(), s -> new TreeMap<>()).merge(e.status(), 1L, Long::sum);
            }
            bySource.forEach((source, counts) -> env.out()
                    .println(source + ": "
                            + counts.entrySet().stream()
                                    .map(c -> c.getValue() + " "
                                            + c.getKey().name().toLowerCase(Locale.ROOT))
                                    .collect(Collectors.joining(", "))));
            env.out().println();
            for (LedgerEntry e : entries) {
                env.out()
                        .printf(
                                Locale.ROOT,
                                "%-6s %s  %s%s%s%n",
                                e.status().name().toLowerCase(Locale.ROOT),
                                e.lastTried().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                                e.itemId(),
                                e.folder() == null
                                        ? ""
                                        : " → " + Inputs.displayPath(root.resolve(e.folder()), env.workingDirectory()),
                                e.lastError() == null
                                        ? ""
                                        : " (attempt " + e.attempts() + " of "
                                                + dev.tarjama.watch.WatchCycle.MAX_ATTEMPTS + ": " + e.lastError()
                                                + ")");
            }
            env.out().flush();
        }
        return ExitCodes.OK;
    }

    private static Ledger sqlite(Path root) {
        if (!Files.isRegularFile(root.resolve(".tarjama").resolve("state.db"))) {
            throw TarjamaException.usage(
                    "no watch ledger under " + root + " (tarjama watch -o " + root + " writes one); nothing to show");
        }
        return SqliteLedger.under(root);
    }
}
