package dev.tarjama.cli;

import dev.tarjama.Cancellation;
import dev.tarjama.ExitCodes;
import dev.tarjama.TarjamaException;
import dev.tarjama.translate.TranslationPipeline;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;

/** The entry point. The only place that calls {@link System#exit}. */
public final class Main {
    /** Exit code for a defect in tarjama itself (not the user's input or backend). */
    public static final int INTERNAL_ERROR = 70;

    private Main() {
    }

    public static void main(String[] args) {
        Cancellation cancellation = new Cancellation();
        CountDownLatch outputsWritten = new CountDownLatch(1);
        // Ctrl-C starts the JVM's shutdown: tell the run to stop dispatching, then hold the exit until it has
        // written what it has (or the grace period and a margin are over)
        Thread onInterrupt = new Thread(() -> {
            cancellation.cancel();
            try {
                outputsWritten.await(TranslationPipeline.GRACE.toSeconds() + 10, TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }, "tarjama-interrupt");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        int code = run(Environment.system(cancellation), args);
        outputsWritten.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(onInterrupt);
        } catch (IllegalStateException shuttingDown) {
            // interrupted: the JVM is already exiting, with status 130
        }
        System.exit(code);
    }

    /** Runs the command line in {@code env} and returns the exit code, without exiting. */
    public static int run(Environment env, String... args) {
        CommandLine cli = new CommandLine(new TarjamaCommand(), new CommandFactory(env));
        cli.setOut(env.out());
        cli.setErr(env.err());
        cli.setExecutionExceptionHandler((error, commandLine, parseResult) -> report(env, error, commandLine));
        cli.setParameterExceptionHandler((error, args1) -> {
            env.err().println("tarjama: " + error.getMessage());
            env.err().println("Try 'tarjama " + commandPath(error.getCommandLine()) + " --help' for more information.");
            env.err().flush();
            return ExitCodes.USAGE;
        });
        int code = cli.execute(args);
        env.out().flush();
        env.err().flush();
        return code;
    }

    private static int report(Environment env, Exception error, CommandLine commandLine) {
        boolean verbose = commandLine.getCommand() instanceof Verbosity.Aware aware && aware.verbosity().verbose();
        if (error instanceof TarjamaException known) {
            env.err().println("tarjama: " + known.getMessage());
            if (verbose && known.getCause() != null) {
                known.getCause().printStackTrace(env.err());
            }
            env.err().flush();
            return known.exitCode();
        }
        env.err().println("tarjama: unexpected error: " + error + (verbose ? "" : " (run with -v for details)"));
        if (verbose) {
            error.printStackTrace(env.err());
        }
        env.err().flush();
        return INTERNAL_ERROR;
    }

    private static String commandPath(CommandLine commandLine) {
        return commandLine.getParent() == null ? "" : commandLine.getCommandName();
    }
}
