package dev.tarjama.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The packaged jar in a process of its own, as a user starts it; its output kept in files of the run's folder. */
public final class JarProcess {
    private final Process process;
    private final Path directory;

    private JarProcess(Process process, Path directory) {
        this.process = process;
        this.directory = directory;
    }

    /** {@code java [jvmOptions] -jar tarjama.jar args} in {@code directory}, with {@code variables} added. */
    public static JarProcess start(
            Path directory, Map<String, String> variables, List<String> jvmOptions, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", PseudoTerminal.jar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectOutput(directory.resolve("stdout.txt").toFile())
                .redirectError(directory.resolve("stderr.txt").toFile());
        builder.environment().putAll(variables);
        return new JarProcess(builder.start(), directory);
    }

    /**
     * The variables that point a jar process at {@code fake} with the test key, its answer cache under {@code cache},
     * and {@code more}.
     */
    public static Map<String, String> against(FakeProvider fake, Path cache, Map<String, String> more) {
        Map<String, String> variables = new java.util.HashMap<>(fake.variables(CliRun.KEY));
        variables.put("XDG_CACHE_HOME", cache.toString());
        variables.putAll(more);
        return variables;
    }

    public Process process() {
        return process;
    }

    /** Sends a signal by name ("INT", "TERM", "KILL"), as a terminal or a supervisor would. */
    public void signal(String name) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid()))
                .start()
                .waitFor();
    }

    /** Waits for the exit; true when it came within {@code seconds}. */
    public boolean exited(long seconds) throws InterruptedException {
        return process.waitFor(seconds, TimeUnit.SECONDS);
    }

    public String stderr() throws IOException {
        return Files.readString(directory.resolve("stderr.txt"), StandardCharsets.UTF_8);
    }

    public String stdout() throws IOException {
        return Files.readString(directory.resolve("stdout.txt"), StandardCharsets.UTF_8);
    }
}
