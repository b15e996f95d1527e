package dev.tarjama.cli.daemon;

import dev.tarjama.Cancellation;
import dev.tarjama.api.ProcessContext;
import dev.tarjama.cli.ExitCodes;
import dev.tarjama.cli.process.Environment;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Serves command lines from {@link DaemonClient}s, each on a thread of its own with the environment its client sent,
 * until it has been idle for a while or is stopped. A stop interrupts the runs in progress as Ctrl-C would, and
 * waits for them to write what they finished.
 */
public final class DaemonServer {
    /** Runs one command line in an environment and returns its exit code: the command line's own entry point. */
    @FunctionalInterface
    public interface Runner {
        int run(Environment env, String... args);
    }

    private final DaemonAddress address;
    private final ServerSocketChannel server;
    private final Runner runner;
    private final ProcessContext process;
    private final Duration idle;
    private final PrintWriter log;
    private final Clock clock;
    private final Map<Cancellation, String> running = new ConcurrentHashMap<>();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private volatile long lastActive = System.nanoTime();

    private DaemonServer(
            DaemonAddress address,
            ServerSocketChannel server,
            Runner runner,
            ProcessContext process,
            Duration idle,
            PrintWriter log) {
        this.process = process;
        this.address = address;
        this.server = server;
        this.runner = runner;
        this.idle = idle;
        this.log = log;
        this.clock = Clock.systemUTC();
    }

    /**
     * Listens at {@code address}, taking the place of a daemon that was killed without removing its socket.
     *
     * @throws IOException when a daemon for this build already answers there, or the socket cannot be made
     */
    public static DaemonServer listen(
            DaemonAddress address, Runner runner, ProcessContext process, Duration idle, PrintWriter log)
            throws IOException {
        UnixDomainSocketAddress socket = UnixDomainSocketAddress.of(address.socket());
        if (Files.exists(address.socket())) {
            if (answers(socket)) {
                throw new IOException("a daemon for this build already runs at " + address.socket());
            }
            Files.deleteIfExists(address.socket()); // left by a daemon that was killed
        }
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(socket);
        return new DaemonServer(address, server, runner, process, idle, log);
    }

    private static boolean answers(UnixDomainSocketAddress socket) {
        try (SocketChannel other = SocketChannel.open(socket)) {
            return other.isConnected();
        } catch (IOException refused) {
            return false;
        }
    }

    /** Serves until {@link #stop} or until no run has come for the idle time; then waits for the runs in progress. */
    public void serve() throws IOException {
        Thread watch = new Thread(this::stopWhenIdle, "tarjama-daemon-idle");
        watch.setDaemon(true);
        watch.start();
        try {
            while (!stopped.get()) {
                SocketChannel client = server.accept();
                Thread thread = new Thread(() -> serve(client), "tarjama-daemon-run");
                thread.setDaemon(true);
                thread.start();
            }
        } catch (ClosedChannelException closed) {
            // stopped
        } finally {
            stop();
        }
        long deadline = System.nanoTime()
                + Cancellation.GRACE.plus(Cancellation.WRITE_MARGIN).toNanos();
        while (!running.isEmpty() && System.nanoTime() < deadline) {
            sleep(50);
        }
    }

    /** Stops listening and interrupts the runs in progress; {@link #serve} returns once they have written. */
    public void stop() {
        if (stopped.compareAndSet(false, true)) {
            running.keySet().forEach(Cancellation::cancel);
            try {
                server.close();
                Files.deleteIfExists(address.socket());
            } catch (IOException e) {
                log.println("tarjama daemon: could not remove " + address.socket() + ": " + e.getMessage());
                log.flush();
            }
        }
    }

    private void serve(SocketChannel client) {
        Cancellation cancellation = new Cancellation();
        AtomicBoolean done = new AtomicBoolean();
        try (client) {
            Frames.Reader reader = new Frames.Reader(client);
            Frames.Writer writer = new Frames.Writer(client);
            Frames.Frame first = reader.next();
            if (first == null || first.kind() != Frames.REQUEST) {
                return;
            }
            Request request = Request.decode(first.payload());
            running.put(
                    cancellation, request.args().isEmpty() ? "" : request.args().get(0));
            if (stopped.get()) {
                cancellation.cancel();
            }
            listenForCancel(reader, cancellation, done);
            PrintWriter out =
                    new PrintWriter(new OutputStreamWriter(writer.stream(Frames.OUT), StandardCharsets.UTF_8), true);
            PrintWriter err =
                    new PrintWriter(new OutputStreamWriter(writer.stream(Frames.ERR), StandardCharsets.UTF_8), true);
            Environment env = new Environment(
                    request.variables(),
                    request.workingDirectory(),
                    InputStream::nullInputStream,
                    out,
                    err,
                    clock,
                    request.terminal(),
                    cancellation,
                    process);
            long start = System.nanoTime();
            int code = run(env, request);
            out.flush();
            err.flush();
            done.set(true);
            // logged before the client hears of the end: whoever sees the client finish finds the run in the log
            log.printf(
                    "tarjama daemon: %s → exit %d in %.1f s%n",
                    running.get(cancellation), code, (System.nanoTime() - start) / 1e9);
            log.flush();
            writer.exit(code);
        } catch (IOException e) {
            log.println("tarjama daemon: a client went away: " + e.getMessage());
            log.flush();
        } finally {
            running.remove(cancellation);
            lastActive = System.nanoTime();
        }
    }

    private int run(Environment env, Request request) {
        try {
            return runner.run(env, request.args().toArray(String[]::new));
        } catch (RuntimeException | Error e) {
            // one run's defect must not end the others, nor the daemon
            env.err().println("tarjama: unexpected error in the daemon: " + e);
            return ExitCodes.INTERNAL;
        }
    }

    /** A cancel frame, or the client gone (its terminal closed, it was killed), interrupts the run. */
    private static void listenForCancel(Frames.Reader reader, Cancellation cancellation, AtomicBoolean done) {
        Thread thread = new Thread(
                () -> {
                    try {
                        for (Frames.Frame frame = reader.next(); frame != null; frame = reader.next()) {
                            if (frame.kind() == Frames.CANCEL) {
                                cancellation.cancel();
                            }
                        }
                    } catch (IOException gone) {
                        // as the end of the stream
                    }
                    if (!done.get()) {
                        cancellation.cancel();
                    }
                },
                "tarjama-daemon-cancel");
        thread.setDaemon(true);
        thread.start();
    }

    private void stopWhenIdle() {
        long idleNanos = idle.toNanos();
        while (!stopped.get()) {
            long quiet = System.nanoTime() - lastActive;
            if (running.isEmpty() && quiet >= idleNanos) {
                log.println("tarjama daemon: no run for " + words(idle) + "; stopping");
                log.flush();
                stop();
                return;
            }
            long left = idleNanos - quiet;
            sleep(left <= 0 ? 1_000 : Math.min(TimeUnit.NANOSECONDS.toMillis(left) + 1, 60_000));
        }
    }

    private static String words(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds < 120
                ? seconds + " s"
                : seconds < 7200 ? duration.toMinutes() + " min" : duration.toHours() + " h";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
