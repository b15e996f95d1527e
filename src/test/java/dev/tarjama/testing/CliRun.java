package dev.tarjama.testing;

import dev.tarjama.Cancellation;
import dev.tarjama.cli.Main;
import dev.tarjama.cli.process.Environment;
import dev.tarjama.cli.process.Terminal;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/** Runs the command line in a test: its own directory, variables, standard input and captured output. */
public final class CliRun {
    public static final String KEY = "sk-test-Zq7Xv93LmPq0aBcDeFgHiJkL";
    public static final Instant NOW = Instant.parse("2026-11-29T10:15:30Z");

    private final Path directory;
    private final Map<String, String> variables = new HashMap<>();
    private final Cancellation cancellation = new Cancellation();
    private byte[] stdin = new byte[0];
    private boolean perParagraph;
    private Instant now = NOW;
    private boolean ticking;

    /** A run in {@code directory}, with its answer cache in {@code directory/.cache} unless a test says otherwise. */
    public CliRun(Path directory) {
        this.directory = directory;
        variables.put("XDG_CACHE_HOME", directory.resolve(".cache").toString());
        variables.put("HOME", directory.toString());
        variables.put("XDG_CONFIG_HOME", directory.resolve(".config").toString());
        // no Ollama for auto to find unless a test starts one: port 9 (discard) refuses at once
        variables.put("OLLAMA_HOST", "http://127.0.0.1:9");
        // the fakes answer synthetic English that no dictionary explains; a test of the addition check sets its own
        variables.put("TARJAMA_LEXICON", "off");
    }

    /** The run's interrupt signal, for tests of Ctrl-C. */
    public Cancellation cancellation() {
        return cancellation;
    }

    public CliRun env(String name, String value) {
        variables.put(name, value);
        return this;
    }

    /**
     * Runs translate one paragraph per request ({@code --batch-tokens 0}): for tests of what happens to a paragraph's
     * own request — its faults, retries, re-asks — which a fake provider scripts paragraph by paragraph.
     */
    public CliRun perParagraph() {
        this.perParagraph = true;
        return this;
    }

    /** Runs with the clock stopped at {@code instant} rather than {@link #NOW}. */
    public CliRun at(Instant instant) {
        this.now = instant;
        return this;
    }

    /** Runs with the system's clock, which moves: for runs that wait for it (a watch without {@code --once}). */
    public CliRun ticking() {
        this.ticking = true;
        return this;
    }

    public CliRun stdin(byte[] bytes) {
        this.stdin = bytes;
        return this;
    }

    /** Variables for a run against {@code fake} with a valid-looking key. */
    public CliRun against(FakeProvider fake) {
        fake.variables(KEY).forEach(this::env);
        return this;
    }

    public Result run(String... args) {
        if (perParagraph && args.length > 0 && args[0].equals("translate")) {
            String[] all = new String[args.length + 2];
            all[0] = args[0];
            all[1] = "--batch-tokens";
            all[2] = "0";
            System.arraycopy(args, 1, all, 3, args.length - 1);
            args = all;
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        byte[] input = stdin;
        Environment env = new Environment(
                variables,
                directory,
                () -> (InputStream) new ByteArrayInputStream(input),
                new PrintWriter(out),
                new PrintWriter(err),
                ticking ? Clock.systemUTC() : Clock.fixed(now, ZoneOffset.UTC),
                Terminal.LOG,
                cancellation);
        int code = Main.run(env, args);
        return new Result(code, out.toString(), err.toString());
    }

    /** What a run returned and printed. */
    public record Result(int exitCode, String out, String err) {}
}
