package dev.tarjama.internal.local;

import dev.tarjama.BackendException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the embedded engine in a child process ({@code tarjama serve-local}) and keeps it running: a native crash
 * in llama.cpp kills only the child, the requests in flight fail and are retried, and the next request starts a
 * new child. The child exits when this process goes away (it watches its standard input).
 */
public final class LocalEngine implements AutoCloseable {
    static final String READY = "serving ";
    private static final Pattern URL = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/v1)");

    private final InstalledModel model;
    private final List<String> javaCommand;
    private final Duration startTimeout;
    private Process child;
    private String baseUrl;
    private Path log;

    /**
     * @param javaCommand how to start this program's main class in a new JVM, e.g.
     *                    {@code [java, -cp, <class path>, dev.tarjama.cli.Main]}
     */
    public LocalEngine(InstalledModel model, List<String> javaCommand, Duration startTimeout) {
        this.model = model;
        this.javaCommand = List.copyOf(javaCommand);
        this.startTimeout = startTimeout;
    }

    /** The line {@code serve-local} prints once it answers; the parent waits for it. */
    public static String readyLine(String model, String baseUrl) {
        return READY + model + " on " + baseUrl;
    }

    /** The command that starts this JVM's own main class again. */
    public static List<String> sameJvm(String mainClass) {
        String java = ProcessHandle.current().info().command().orElse("java");
        return List.of(java, "-Xss8m", "-cp", System.getProperty("java.class.path"), mainClass);
    }

    /** The child's base URL, starting (or restarting) it when it is not running. */
    public synchronized String ensureRunning() {
        if (child != null && child.isAlive()) {
            return baseUrl;
        }
        List<String> command = new ArrayList<>(javaCommand);
        command.addAll(List.of(
                "serve-local",
                "--model",
                model.path().toString(),
                "--name",
                model.name(),
                "--port",
                "0",
                "--exit-with-parent"));
        try {
            deleteLog();
            log = Files.createTempFile("tarjama-engine", ".log");
            child = new ProcessBuilder(command).redirectError(log.toFile()).start();
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> readUrl(out));
            baseUrl = ready.get(startTimeout.toMillis(), TimeUnit.MILLISECONDS);
            if (baseUrl == null) {
                throw new BackendException("the embedded engine could not load " + model.path() + ": " + lastLine(log));
            }
            return baseUrl;
        } catch (TimeoutException e) {
            close();
            throw new BackendException("the embedded engine did not start within " + startTimeout.toSeconds() + " s");
        } catch (IOException | ExecutionException e) {
            close();
            throw new BackendException("cannot start the embedded engine (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new BackendException("interrupted while starting the embedded engine");
        }
    }

    /** The running child, if any (for tests of crash recovery). */
    synchronized java.util.Optional<ProcessHandle> process() {
        return child == null ? java.util.Optional.empty() : java.util.Optional.of(child.toHandle());
    }

    private static String readUrl(BufferedReader out) {
        try {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Matcher m = URL.matcher(line);
                if (line.startsWith(READY) && m.find()) {
                    return m.group(1);
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    private static String lastLine(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return lines.isEmpty() ? "no message" : lines.get(lines.size() - 1);
        } catch (IOException e) {
            return "no message";
        }
    }

    private void deleteLog() {
        try {
            if (log != null) {
                Files.deleteIfExists(log);
            }
        } catch (IOException ignored) {
            // a stray log in the temp directory harms nobody
        }
    }

    @Override
    public synchronized void close() {
        deleteLog();
        if (child != null) {
            child.destroy();
            try {
                if (!child.waitFor(5, TimeUnit.SECONDS)) {
                    child.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                child.destroyForcibly();
            }
            child = null;
        }
    }
}
