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
 * @param terminal     what standard error is: a terminal a progress bar may be redrawn on, or a log
 * @param cancellation  set when the user presses Ctrl-C
 */
public record Environment(
        Map<String, String> variables,
        Path workingDirectory,
        Supplier<InputStream> stdin,
        PrintWriter out,
        PrintWriter err,
        Clock clock,
        Terminal terminal,
        Cancellation cancellation) {
    public Environment {
        variables = Map.copyOf(variables);
    }

    static Environment system(Cancellation cancellation) {
        Map<String, String> variables = System.getenv();
        return new Environment(
                variables,
                Path.of("").toAbsolutePath(),
                () -> System.in,
                new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
                Clock.systemUTC(),
                Terminal.detect(variables),
                cancellation);
    }
}
