package dev.tarjama.cli.process;

import dev.tarjama.Cancellation;
import dev.tarjama.api.ProcessContext;
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
 * @param process       what the runs of this process share (a daemon's runs share connections and warm-up)
 */
public record Environment(
        Map<String, String> variables,
        Path workingDirectory,
        Supplier<InputStream> stdin,
        PrintWriter out,
        PrintWriter err,
        Clock clock,
        Terminal terminal,
        Cancellation cancellation,
        ProcessContext process) {
    public Environment {
        variables = Map.copyOf(variables);
    }

    /** An environment whose runs share nothing with other runs of the process. */
    public Environment(
            Map<String, String> variables,
            Path workingDirectory,
            Supplier<InputStream> stdin,
            PrintWriter out,
            PrintWriter err,
            Clock clock,
            Terminal terminal,
            Cancellation cancellation) {
        this(variables, workingDirectory, stdin, out, err, clock, terminal, cancellation, ProcessContext.forOneRun());
    }

    public static Environment system(Cancellation cancellation) {
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
