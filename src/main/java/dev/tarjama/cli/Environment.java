package dev.tarjama.cli;

import dev.tarjama.Cancellation;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the command line takes from the process: variables, working directory, standard streams, the clock, and
 * the interrupt signal. Tests pass their own, so no test touches the real environment.
 *
 * @param errIsTerminal standard error is a terminal, so a live progress bar may be drawn there
 * @param cancellation  set when the user presses Ctrl-C
 */
public record Environment(Map<String, String> variables, Path workingDirectory, Supplier<InputStream> stdin,
                          PrintWriter out, PrintWriter err, Clock clock, boolean errIsTerminal,
                          Cancellation cancellation) {
    public Environment {
        variables = Map.copyOf(variables);
    }

    static Environment system(Cancellation cancellation) {
        // System.console() is non-null when the process runs attached to a terminal; a redirected or piped run
        // gets plain progress lines instead of a redrawn bar
        boolean terminal = System.console() != null && !"dumb".equals(System.getenv("TERM"));
        return new Environment(System.getenv(), Path.of("").toAbsolutePath(), () -> System.in,
                new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
                Clock.systemUTC(), terminal, cancellation);
    }
}
