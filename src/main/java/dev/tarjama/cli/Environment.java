package dev.tarjama.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the command line takes from the process: variables, working directory, standard streams and the clock.
 * Tests pass their own, so no test touches the real environment.
 */
public record Environment(Map<String, String> variables, Path workingDirectory, Supplier<InputStream> stdin,
                          PrintWriter out, PrintWriter err, Clock clock, boolean errIsTerminal) {
    public Environment {
        variables = Map.copyOf(variables);
    }

    static Environment system() {
        return new Environment(System.getenv(), Path.of("").toAbsolutePath(), () -> System.in,
                new PrintWriter(System.out, true), new PrintWriter(System.err, true), Clock.systemUTC(),
                System.console() != null);
    }
}
