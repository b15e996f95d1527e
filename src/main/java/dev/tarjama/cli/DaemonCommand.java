package dev.tarjama.cli;

import dev.tarjama.ConfigurationException;
import dev.tarjama.api.ProcessContext;
import dev.tarjama.cli.daemon.DaemonAddress;
import dev.tarjama.cli.daemon.DaemonServer;
import dev.tarjama.cli.process.Environment;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tarjama daemon}: a warm tarjama for this user, which translate and extract hand their work to. */
@Command(
        name = "daemon",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Keeps a warm tarjama running for you: while it runs, 'tarjama translate' and 'tarjama extract' hand"
                    + " their work to it and start at once, instead of spending a second starting and warming a JVM.",
            "Each run keeps its own working directory, variables, terminal, output and exit code; Ctrl-C stops it as"
                    + " usual. Runs reading standard input (-) stay in their own process, as do all runs with"
                    + " TARJAMA_DAEMON=off. It serves one build: after a rebuild, start it again.",
            "It listens on a socket in $XDG_RUNTIME_DIR/tarjama (else <tmp>/tarjama-<user>), a directory only you"
                    + " may enter. It stops after --idle without a run, or on Ctrl-C / SIGTERM."
        },
        footer = {"", "Example:", "  tarjama daemon --idle 8h &", "  tarjama translate article.txt"})
final class DaemonCommand implements Callable<Integer> {
    private final Environment env;

    @Option(
            names = "--idle",
            paramLabel = "DURATION",
            defaultValue = "3h",
            description = "Stop after this long without a run. Default: ${DEFAULT-VALUE}.")
    String idle;

    DaemonCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Duration idleTime = OptionValues.duration("--idle", idle);
        DaemonServer server;
        try {
            DaemonAddress address = DaemonAddress.prepare(env.variables());
            // every run of the daemon shares one process context: each finds the provider's connections open, the
            // handshakes done and the request path warm
            server = DaemonServer.listen(address, Main::run, ProcessContext.sharedByRuns(), idleTime, env.err());
            env.err()
                    .println("tarjama daemon: serving translate and extract at " + address.socket() + "; stops after "
                            + idle + " without a run, or on Ctrl-C");
            env.err().flush();
        } catch (IOException e) {
            throw new ConfigurationException("daemon: " + e.getMessage());
        }
        env.cancellation().onCancel(server::stop);
        try {
            server.serve();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("daemon: " + e.getMessage(), e);
        }
        return ExitCodes.OK;
    }
}
