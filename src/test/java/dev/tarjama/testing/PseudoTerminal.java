package dev.tarjama.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the packaged jar on a pseudo-terminal, as a user's terminal would: util-linux {@code script} gives it a pty
 * for its standard streams, so the program draws its live progress bar exactly as it does for people. What the
 * terminal showed is kept in {@code screen}.
 */
public final class PseudoTerminal {
    private PseudoTerminal() {}

    /** The packaged jar, as Maven's Failsafe passes it. */
    public static Path jar() {
        return Path.of(System.getProperty(
                "tarjama.jar", Path.of("target/tarjama.jar").toAbsolutePath().toString()));
    }

    /** Starts {@code java -jar tarjama.jar args…} on a pty in {@code directory}, with extra {@code variables}. */
    public static Process start(Path directory, Map<String, String> variables, Path screen, String... args)
            throws IOException {
        return startLoggingErrors(directory, variables, screen, null, args);
    }

    /**
     * As {@link #start(Path, Map, Path, String...)}, with standard error sent to {@code errorLog} (a file in the
     * directory) while standard output stays on the terminal: {@code tarjama … 2>run.log} typed at a prompt.
     */
    public static Process startLoggingErrors(
            Path directory, Map<String, String> variables, Path screen, String errorLog, String... args)
            throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> words = new ArrayList<>(List.of("exec", quote(java), "-jar", quote(jar().toString())));
        for (String arg : args) {
            words.add(quote(arg));
        }
        if (errorLog != null) {
            words.add("2>" + quote(errorLog));
        }
        ProcessBuilder builder = new ProcessBuilder("script", "-qefc", String.join(" ", words), "/dev/null")
                .directory(directory.toFile())
                .redirectOutput(screen.toFile())
                .redirectErrorStream(true);
        builder.environment().putAll(variables);
        if (!variables.containsKey("NO_COLOR")) {
            builder.environment().remove("NO_COLOR");
        }
        builder.environment().put("TERM", "xterm-256color");
        return builder.start();
    }

    /** The tarjama JVM under {@code script}, once it has started. */
    public static Optional<ProcessHandle> program(Process script) {
        return script.descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                .findFirst();
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** What a screen reads once its redraws are done: the last frame of every line, without escape codes. */
    public static List<String> lines(String screen) {
        List<String> lines = new ArrayList<>();
        for (String raw : screen.split("\n")) {
            String line = raw.replaceAll("\r+$", ""); // a terminal ends lines with \r\n
            String last = line.substring(line.lastIndexOf('\r') + 1)
                    .replaceAll("\u001b\\[[0-9;?]*[A-Za-z]", "")
                    .strip();
            if (!last.isEmpty()) {
                lines.add(last);
            }
        }
        return lines;
    }
}
