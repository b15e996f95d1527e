package dev.tarjama.cli;

import dev.tarjama.ConfigurationException;
import dev.tarjama.api.ReviewDesk;
import dev.tarjama.api.SharedDatabase;
import dev.tarjama.cli.process.Environment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tarjama serve}: the review desk over an output root, until Ctrl-C. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        versionProvider = VersionProvider.class,
        description = {
            "Serves the review desk over an output root: the articles newest first with their state and flags, "
                    + "search over sources and translations, each article side by side with every translation "
                    + "editable in place (saved as tarjama import saves a person's edit), and a JSON API. Listens on "
                    + "127.0.0.1 unless given a token; works beside a running watch. Ctrl-C stops it."
        },
        footer = {
            "",
            "Examples:",
            "  tarjama serve -o output/",
            "  tarjama serve -o output/ --port 0",
            "  tarjama serve -o output/ --bind 0.0.0.0 --token-file desk-token",
            "  tarjama serve -o output/ --db postgresql://tarjama@db/tarjama",
            "",
            "Exit codes: 0 stopped; 2 no such output folder, a port that cannot be bound, or an address other "
                    + "than loopback without a token."
        })
final class ServeCommand implements Callable<Integer>, Verbosity.Aware {
    private final Environment env;

    @Mixin
    Verbosity verbosity = new Verbosity();

    @Option(
            names = {"-o", "--output"},
            paramLabel = "DIR",
            required = true,
            description = "The output root to serve (what translate -o or watch -o wrote).")
    Path output;

    @Option(
            names = "--port",
            paramLabel = "N",
            defaultValue = "8080",
            description = "The port (default 8080); 0 picks a free one, printed at start.")
    int port;

    @Option(
            names = "--bind",
            paramLabel = "ADDR",
            defaultValue = "127.0.0.1",
            description = "The address to listen on (default 127.0.0.1); any other needs a token.")
    String bind;

    @Option(
            names = "--token-file",
            paramLabel = "FILE",
            description = "A file whose first line is the token every request must show (or TARJAMA_DESK_TOKEN).")
    Path tokenFile;

    @Option(
            names = "--db",
            paramLabel = "URL",
            description = "The PostgreSQL database the root's watch workers share (or TARJAMA_DB): states from its"
                    + " ledger, search in PostgreSQL.")
    String db;

    ServeCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Verbosity verbosity() {
        return verbosity;
    }

    @Override
    public Integer call() throws InterruptedException {
        String named = db != null ? db : env.variables().get("TARJAMA_DB");
        SharedDatabase shared = named == null || named.isBlank()
                ? null
                : SharedDatabase.open(
                        named,
                        env.variables().get("PGPASSWORD"),
                        message -> env.err().println("tarjama: " + message),
                        env.cancellation());
        try (SharedDatabase closing = shared;
                ReviewDesk desk = ReviewDesk.over(env.workingDirectory().resolve(output))
                        .bind(bind)
                        .port(port)
                        .token(token())
                        .clock(env.clock())
                        .sharing(shared)
                        .start()) {
            env.out().println("review desk at " + desk.address());
            env.out().flush();
            if (!verbosity.quiet()) {
                env.err()
                        .println("tarjama: serving " + Inputs.displayPath(output, env.workingDirectory())
                                + "; Ctrl-C stops it");
            }
            while (!env.cancellation().sleep(1000)) {
                // the desk answers on its own threads until Ctrl-C
            }
        }
        return ExitCodes.OK;
    }

    private String token() {
        if (tokenFile != null) {
            Path file = env.workingDirectory().resolve(tokenFile);
            try {
                String first = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                        .findFirst()
                        .orElse("")
                        .strip();
                if (first.isEmpty()) {
                    throw new ConfigurationException(tokenFile + ": the token file is empty");
                }
                return first;
            } catch (IOException e) {
                throw new ConfigurationException(tokenFile + ": cannot read the token file (" + e.getMessage() + ")");
            }
        }
        return env.variables().get("TARJAMA_DESK_TOKEN");
    }
}
