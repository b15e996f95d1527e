package dev.tarjama.cli.daemon;

import dev.tarjama.cli.ExitCodes;
import dev.tarjama.cli.process.Terminal;
import java.io.IOException;
import java.io.OutputStream;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Hands a command line to the daemon serving this build, when one runs, and copies what the run prints back to this
 * process's streams: the run starts warm, without a JVM's second of start-up. Commands that read standard input, or
 * anything but a translation or an extraction, stay in the process that was asked.
 */
public final class DaemonClient {
    /** {@code TARJAMA_DAEMON=off} keeps every run in its own process, even with a daemon running. */
    public static final String SWITCH = "TARJAMA_DAEMON";

    private static final Set<String> FORWARDED = Set.of("translate", "extract");

    private final SocketChannel channel;
    private final Frames.Writer writer;

    private DaemonClient(SocketChannel channel) {
        this.channel = channel;
        this.writer = new Frames.Writer(channel);
    }

    /** A connection to the daemon, when {@code args} are for it and one answers; nothing is loaded otherwise. */
    public static Optional<DaemonClient> connect(String[] args, Map<String, String> variables) {
        if (args.length == 0 || !FORWARDED.contains(args[0]) || List.of(args).contains("-")) {
            return Optional.empty();
        }
        if ("off".equalsIgnoreCase(variables.getOrDefault(SWITCH, ""))) {
            return Optional.empty();
        }
        Optional<DaemonAddress> address = DaemonAddress.find(variables);
        if (address.isEmpty() || !Files.exists(address.get().socket())) {
            return Optional.empty();
        }
        try {
            return Optional.of(new DaemonClient(
                    SocketChannel.open(UnixDomainSocketAddress.of(address.get().socket()))));
        } catch (IOException e) {
            return Optional.empty(); // a daemon that was killed left its socket: the run stays here
        }
    }

    /** Runs {@code args} in the daemon as if here, and returns the exit code. */
    public int run(
            String[] args,
            Map<String, String> variables,
            Path workingDirectory,
            Terminal terminal,
            OutputStream out,
            OutputStream err) {
        String why;
        try (channel) {
            writer.write(Frames.REQUEST, new Request(List.of(args), variables, workingDirectory, terminal).encode());
            Frames.Reader reader = new Frames.Reader(channel);
            Sink stdout = new Sink(out);
            Sink stderr = new Sink(err);
            for (Frames.Frame frame = reader.next(); frame != null; frame = reader.next()) {
                switch (frame.kind()) {
                    case Frames.OUT -> stdout.write(frame.payload());
                    case Frames.ERR -> stderr.write(frame.payload());
                    case Frames.EXIT -> {
                        return frame.exitCode();
                    }
                    default -> {
                        // a kind this client does not know: nothing it must act on
                    }
                }
            }
            why = "it closed the connection";
        } catch (IOException e) {
            why = e.getMessage();
        }
        try {
            err.write(("tarjama: the daemon stopped before the run ended (" + why
                            + "); run the command again: what was translated is kept in the cache\n")
                    .getBytes(StandardCharsets.UTF_8));
            err.flush();
        } catch (IOException ignored) {
            // standard error is gone too: the exit code still tells
        }
        return ExitCodes.INTERNAL;
    }

    /** Asks the daemon to stop the run as Ctrl-C would; it still writes what was finished, and then exits. */
    public void cancel() {
        try {
            writer.write(Frames.CANCEL, new byte[0]);
        } catch (IOException ignored) {
            // the run has already ended
        }
    }

    /**
     * One of this process's streams. Once it fails (a pipe whose reader is gone: {@code | head -1}) the rest of its
     * output is dropped, and the run still goes on to its end and its exit code, as it would in its own process.
     */
    private static final class Sink {
        private final OutputStream stream;
        private boolean open = true;

        Sink(OutputStream stream) {
            this.stream = stream;
        }

        void write(byte[] bytes) {
            if (open) {
                try {
                    stream.write(bytes);
                    stream.flush();
                } catch (IOException closed) {
                    open = false;
                }
            }
        }
    }
}
