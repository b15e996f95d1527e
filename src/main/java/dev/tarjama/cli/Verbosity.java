package dev.tarjama.cli;

import picocli.CommandLine.Option;

/** {@code -v} and {@code -q}, shared by every command that reports progress. */
public final class Verbosity {
    @Option(
            names = {"-v", "--verbose"},
            description = "Show detail: requests, retries, causes of errors.")
    boolean verbose;

    @Option(
            names = {"-q", "--quiet"},
            description = "Print nothing but errors.")
    boolean quiet;

    boolean verbose() {
        return verbose;
    }

    boolean quiet() {
        return quiet && !verbose;
    }

    /** Implemented by commands that carry this mixin, so the error handler knows whether to show detail. */
    interface Aware {
        Verbosity verbosity();
    }
}
