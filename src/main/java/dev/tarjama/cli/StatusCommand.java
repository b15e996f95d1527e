package dev.tarjama.cli;

import dev.tarjama.api.SharedDatabase;
import dev.tarjama.api.Watcher;
import dev.tarjama.cli.process.Environment;
import dev.tarjama.model.ArticleState;
import dev.tarjama.model.WatchedArticle;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
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

    @Option(
            names = "--json",
            description =
                    "Print the ledger as one JSON object: its sources with their counts, and every article "
                            + "(id, source, title, status, attempts, last_error, next_attempt, folder, published, translated_at).")
    boolean json;

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
        List<WatchedArticle> articles;
        String named = db != null ? db : env.variables().get("TARJAMA_DB");
        if (named != null && !named.isBlank()) {
            try (SharedDatabase shared = SharedDatabase.open(
                    named,
                    env.variables().get("PGPASSWORD"),
                    message -> env.err().println("tarjama: " + message),
                    env.cancellation())) {
                articles = Watcher.articles(shared);
            }
        } else {
            articles = Watcher.articles(root);
        }
        if (json) {
            env.out().println(StatusJson.of(articles));
        } else {
            print(articles, root);
        }
        env.out().flush();
        return ExitCodes.OK;
    }

    /** Counts per source, then every article with its state, attempts, last error and folder. */
    private void print(List<WatchedArticle> articles, Path root) {
        Map<String, Map<ArticleState, Long>> bySource = new TreeMap<>();
        for (WatchedArticle a : articles) {
            bySource.computeIfAbsent(a.source(), s -> new EnumMap<>(ArticleState.class))
                    .merge(a.state(), 1L, Long::sum);
        }
        bySource.forEach((source, counts) -> env.out()
                .println(source + ": "
                        + counts.entrySet().stream()
                                .map(c -> c.getValue() + " " + c.getKey().jsonName())
                                .collect(Collectors.joining(", "))));
        env.out().println();
        for (WatchedArticle a : articles) {
            StringBuilder line = new StringBuilder(
                    String.format(Locale.ROOT, "%-11s ", a.state().jsonName()));
            if (a.published() != null) {
                line.append("published ")
                        .append(a.published().truncatedTo(ChronoUnit.MINUTES))
                        .append("  ");
            }
            line.append(a.id());
            if (a.folder() != null) {
                line.append(" → ").append(Inputs.displayPath(root.resolve(a.folder()), env.workingDirectory()));
            }
            if (!a.title().equals(a.id())) {
                line.append(" «").append(a.title()).append('»');
            }
            if (a.lastError() != null) {
                line.append(" (attempt ")
                        .append(a.attempts())
                        .append(" of ")
                        .append(Watcher.MAX_ATTEMPTS)
                        .append(": ")
                        .append(a.lastError())
                        .append(
                                a.nextAttempt() == null
                                        ? ""
                                        : "; tried again after "
                                                + a.nextAttempt().truncatedTo(ChronoUnit.SECONDS))
                        .append(')');
            }
            env.out().println(line);
        }
    }
}
