package dev.tarjama.cli;

import dev.tarjama.Cancellation;
import dev.tarjama.TarjamaException;
import dev.tarjama.api.ProcessContext;
import dev.tarjama.cli.daemon.DaemonClient;
import dev.tarjama.cli.process.Environment;
import dev.tarjama.cli.process.NativeLibraries;
import dev.tarjama.cli.process.Terminal;
import dev.tarjama.internal.config.CacheLocation;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine;

/** The entry point. The only place that calls {@link System#exit}, and the one place exceptions become exit codes. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        Cancellation cancellation = new Cancellation();
        // a daemon running for this user takes the run warm; nothing else is loaded or started here then
        Optional<DaemonClient> daemon = DaemonClient.connect(args, System.getenv());
        if (daemon.isPresent()) {
            cancellation.onCancel(daemon.get()::cancel);
        } else {
            NativeLibraries.keepSqliteUnder(
                    CacheLocation.defaultFile(System.getenv()).getParent().resolve("native"));
            if (args.length > 0 && args[0].equals("translate")) {
                ProcessContext.preloadTranslation();
            }
        }
        CountDownLatch finished = new CountDownLatch(1);
        AtomicInteger result = new AtomicInteger(-1);
        // Ctrl-C or SIGTERM starts the JVM's shutdown: tell the run to stop dispatching, then hold the exit until it
        // has written what it has (the grace period and a margin at most); the JVM then exits with 130 or 143 —
        // unless the command says a stop is its normal end (a watch told to stop by its service manager exits 0)
        Thread onSignal = new Thread(
                () -> {
                    cancellation.cancel();
                    try {
                        if (finished.await(
                                        Cancellation.GRACE
                                                .plus(Cancellation.WRITE_MARGIN)
                                                .toMillis(),
                                        TimeUnit.MILLISECONDS)
                                && result.get() == ExitCodes.OK) {
                            Runtime.getRuntime().halt(ExitCodes.OK);
                        }
                    } catch (InterruptedException ignored) {
                        Thread.currentThread().interrupt();
                    }
                },
                "tarjama-signal");
        Runtime.getRuntime().addShutdownHook(onSignal);
        int code = daemon.isPresent()
                ? daemon.get()
                        .run(
                                args,
                                System.getenv(),
                                Path.of("").toAbsolutePath(),
                                Terminal.detect(System.getenv()),
                                new FileOutputStream(FileDescriptor.out),
                                new FileOutputStream(FileDescriptor.err))
                : run(Environment.system(cancellation), args);
        result.set(code);
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(onSignal);
        } catch (IllegalStateException shuttingDown) {
            // a signal arrived: the JVM is already exiting, with the signal's status
        }
        System.exit(code);
    }

    /** Runs the command line in {@code env} and returns the exit code, without exiting. */
    public static int run(Environment env, String... args) {
        CommandLine cli = commandLine(env, args);
        cli.setOut(env.out());
        cli.setErr(env.err());
        cli.setExecutionExceptionHandler((error, commandLine, parseResult) -> report(env, error, commandLine));
        cli.setParameterExceptionHandler((error, ignored) -> {
            env.err().println("tarjama: " + UsageErrors.describe(error));
            env.err()
                    .println("Try '" + error.getCommandLine().getCommandSpec().qualifiedName()
                            + " --help' for more information.");
            env.err().flush();
            return ExitCodes.USAGE;
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            env.err()
                    .println("tarjama: out of memory (" + e.getMessage() + "); give the JVM more with "
                            + "TARJAMA_JAVA_OPTS=-Xmx2g, or translate fewer or smaller inputs at once");
            code = ExitCodes.INTERNAL;
        }
        env.out().flush();
        env.err().flush();
        return code;
    }

    /** The command line for {@code args}: the subcommand they name, or every one when they name none. */
    static CommandLine commandLine(Environment env, String[] args) {
        CommandFactory factory = new CommandFactory(env);
        CommandLine cli = new CommandLine(new TarjamaCommand(), factory);
        Subcommands.register(cli, env, factory, args);
        return cli;
    }

    private static int report(Environment env, Exception error, CommandLine commandLine) {
        boolean verbose = commandLine.getCommand() instanceof Verbosity.Aware aware
                && aware.verbosity().verbose();
        if (error instanceof TarjamaException known) {
            env.err().println("tarjama: " + known.getMessage());
            if (verbose && known.getCause() != null) {
                known.getCause().printStackTrace(env.err());
            }
            env.err().flush();
            return ExitCodes.of(known);
        }
        env.err().println("tarjama: unexpected error: " + error + (verbose ? "" : " (run with -v for details)"));
        if (verbose) {
            error.printStackTrace(env.err());
        }
        env.err().flush();
        return ExitCodes.INTERNAL;
    }
}
