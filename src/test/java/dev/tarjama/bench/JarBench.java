package dev.tarjama.bench;

import dev.tarjama.testing.FakeProvider;
import dev.tarjama.testing.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The end-to-end overhead of a run: the packaged jar, started as users start it (the {@code tarjama} launcher),
 * translates an N-paragraph article against a local OpenAI-compatible server that answers every request after a fixed
 * latency L, start-up included, and the wall time is compared with the ideal — a JVM's own start-up, ⌈R/j⌉ waves of
 * the R paragraph requests (N, one per paragraph, with {@code -Dbench.args="--batch-tokens 0"}; fewer when paragraphs
 * are asked together, the default), and the requests that wait for all before them: the brief (and the glossary pass
 * with {@code --glossary-pass}). The server is warmed up first, so that what it costs is
 * not charged to tarjama. Run it with {@code mvn -B -q -DskipTests package exec:java -Dexec.args="N j L runs"}.
 */
public final class JarBench {
    private JarBench() {}

    public static void main(String[] args) throws Exception {
        int paragraphs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        long latency = args.length > 2 ? Long.parseLong(args[2]) : 200;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        Path work = Files.createTempDirectory("tarjama-bench");
        Path article = work.resolve("article.txt");
        Files.writeString(article, Samples.longArticle(paragraphs));

        long jvm = median(startUps(work, runs));
        Bench bench = new Bench(work, article, paragraphs, concurrency, latency, runs, jvm);
        try (FakeProvider server = new FakeProvider()) {
            // the server's code compiled, the launcher's class archive built
            int warmUp = run(work, server, article, concurrency, null);
            server.withFixedDelay(Duration.ofMillis(latency));
            Measured fresh = bench.measure(server, null);
            if (warmUp != fresh.requests()) {
                throw new IllegalStateException(
                        "the warm-up made " + warmUp + " requests, the runs " + fresh.requests());
            }
            bench.print(fresh, "a JVM per run");
            if (!Boolean.getBoolean("bench.fresh-only")) {
                try (Daemon daemon = Daemon.start(work)) {
                    run(work, server, article, concurrency, daemon.runtime()); // the daemon's first run warms it
                    Measured warm = bench.measure(server, daemon.runtime());
                    daemon.checkServed(runs + 1);
                    bench.print(warm, "through 'tarjama daemon', after one run");
                }
            }
        }
    }

    /** What the measured runs of one kind took, and what they sent. */
    record Measured(List<Long> walls, int requests, long alone) {}

    private record Bench(Path work, Path article, int paragraphs, int concurrency, long latency, int runs, long jvm) {
        Measured measure(FakeProvider server, Path runtime) throws IOException, InterruptedException {
            List<Long> walls = new ArrayList<>();
            int requests = 0;
            long alone = 0;
            for (int run = 0; run < runs; run++) {
                int before = server.requests().size();
                Thread.sleep(2000); // the server's own background work (compilation, collection) settles first
                long start = System.nanoTime();
                run(work, server, article, concurrency, runtime);
                walls.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                List<FakeProvider.Recorded> made =
                        server.requests().subList(before, server.requests().size());
                requests = made.size();
                // the glossary pass (with --glossary-pass) and the brief each wait for what comes before them
                alone = made.stream()
                        .filter(r -> r.kind().startsWith("article_"))
                        .count();
                if (System.getProperty("bench.timeline") != null) {
                    timeline(start, made, concurrency, latency);
                }
            }
            return new Measured(walls, requests, alone);
        }

        void print(Measured measured, String how) {
            long wall = median(measured.walls());
            long paragraphRequests = measured.requests() - measured.alone();
            long waves = (paragraphRequests + concurrency - 1) / concurrency;
            long ideal = jvm + (waves + measured.alone()) * latency;
            System.out.printf(
                    Locale.ROOT,
                    "wall/ideal: %.3f (%s; N=%d, j=%d, L=%d ms: wall %d ms, ideal %d ms = JVM start-up %d ms"
                            + " + (%d waves + %d alone: glossary pass, brief) x %d ms; median of %d runs %s;"
                            + " %d requests)%n",
                    wall / (double) ideal,
                    how,
                    paragraphs,
                    concurrency,
                    latency,
                    wall,
                    ideal,
                    jvm,
                    waves,
                    measured.alone(),
                    latency,
                    runs,
                    measured.walls(),
                    measured.requests());
        }
    }

    /** {@code tarjama daemon}, started by the launcher as a user starts it, with a socket directory of its own. */
    private static final class Daemon implements AutoCloseable {
        private final Process process;
        private final Path runtime;
        private final Path log;

        private Daemon(Process process, Path runtime, Path log) {
            this.process = process;
            this.runtime = runtime;
            this.log = log;
        }

        static Daemon start(Path work) throws IOException, InterruptedException {
            Path runtime = Files.createDirectories(work.resolve("runtime"));
            Path log = work.resolve("daemon.log");
            ProcessBuilder builder = new ProcessBuilder(
                            Path.of("tarjama").toAbsolutePath().toString(), "daemon", "--idle", "10m")
                    .directory(work.toFile())
                    .redirectOutput(log.toFile())
                    .redirectErrorStream(true);
            builder.environment().put("XDG_RUNTIME_DIR", runtime.toString());
            Daemon daemon = new Daemon(builder.start(), runtime, log);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.readString(log).contains("serving")) {
                if (!daemon.process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("the daemon did not start: " + Files.readString(log));
                }
                Thread.sleep(20);
            }
            return daemon;
        }

        Path runtime() {
            return runtime;
        }

        /** The runs measured as the daemon's must have gone through it, not quietly stayed in their own JVM. */
        void checkServed(int expected) throws IOException {
            long served = Files.readString(log)
                    .lines()
                    .filter(l -> l.contains("translate → exit 0"))
                    .count();
            if (served != expected) {
                throw new IllegalStateException("the daemon served " + served + " runs of " + expected);
            }
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** One translation with a fresh cache and output folder; returns the requests it made. */
    private static int run(Path work, FakeProvider server, Path article, int concurrency, Path runtime)
            throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory(work, "run");
        int before = server.requests().size();
        List<String> args = new ArrayList<>(List.of(
                "translate",
                article.toString(),
                "-j",
                String.valueOf(concurrency),
                "-q",
                "-o",
                dir.resolve("output").toString()));
        String extra = System.getProperty("bench.args", ""); // e.g. "--batch-tokens 0": one paragraph per request
        if (!extra.isBlank()) {
            args.addAll(List.of(extra.strip().split("\\s+")));
        }
        int exit = tarjama(dir, server, runtime, args.toArray(String[]::new));
        if (exit != 0) {
            throw new IllegalStateException("the run exited " + exit + ": " + Files.readString(dir.resolve("err.txt")));
        }
        return server.requests().size() - before;
    }

    /** How long a JVM takes to start and end with nothing to do: the floor under any Java command. */
    private static List<Long> startUps(Path work, int runs) throws IOException, InterruptedException {
        List<Long> times = new ArrayList<>();
        String java = ProcessHandle.current().info().command().orElse("java");
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            new ProcessBuilder(
                            java,
                            "-cp",
                            Path.of("target", "test-classes").toAbsolutePath().toString(),
                            Idle.class.getName())
                    .directory(work.toFile())
                    .inheritIO()
                    .start()
                    .waitFor();
            times.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        }
        return times;
    }

    /** The launcher, as a user runs it, against {@code server}; its cache and config live in {@code dir}. */
    static int tarjama(Path dir, FakeProvider server, Path runtime, String... args)
            throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(List.of(Path.of("tarjama").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        builder.environment().put("OPENAI_API_KEY", "sk-bench");
        builder.environment().put("OPENAI_BASE_URL", server.baseUrl());
        builder.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        builder.environment().put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        if (runtime != null) {
            builder.environment().put("XDG_RUNTIME_DIR", runtime.toString()); // where the daemon listens
        } else {
            builder.environment().put("TARJAMA_DAEMON", "off"); // a daemon the user runs must not serve these
        }
        String options = System.getProperty("bench.jvm", "");
        if (!options.isBlank()) {
            builder.environment().put("TARJAMA_JAVA_OPTS", options);
        }
        return builder.start().waitFor();
    }

    /** When the server saw the first request, the first and last paragraph, the brief: where a run's time goes. */
    private static void timeline(long start, List<FakeProvider.Recorded> requests, int concurrency, long latency) {
        List<FakeProvider.Recorded> paragraphs =
                requests.stream().filter(r -> r.paragraph() != null).toList();
        // a place freed by the answer to request i - j is taken by request i: what came between, beyond L
        List<Long> turnarounds = new ArrayList<>();
        for (int i = concurrency; i < paragraphs.size(); i++) {
            turnarounds.add(TimeUnit.NANOSECONDS.toMillis(paragraphs.get(i).receivedNanos()
                            - paragraphs.get(i - concurrency).receivedNanos())
                    - latency);
        }
        if (System.getProperty("bench.timeline").equals("waves")) {
            System.out.println("  beyond L, request by request: " + turnarounds);
        }
        Collections.sort(turnarounds);
        System.out.printf(
                Locale.ROOT,
                "  first request %d ms, first paragraph %d ms, last paragraph %d ms, brief %d ms;"
                        + " from an answer to the next request %d ms (median), %d ms (90%%), %d ms (max)%n",
                ms(start, requests.get(0)),
                ms(start, paragraphs.get(0)),
                ms(start, paragraphs.get(paragraphs.size() - 1)),
                ms(start, requests.get(requests.size() - 1)),
                turnarounds.get(turnarounds.size() / 2),
                turnarounds.get(turnarounds.size() * 9 / 10),
                turnarounds.get(turnarounds.size() - 1));
    }

    private static long ms(long start, FakeProvider.Recorded r) {
        return TimeUnit.NANOSECONDS.toMillis(r.receivedNanos() - start);
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** A main that does nothing. */
    public static final class Idle {
        public static void main(String[] args) {
            // the time to get here and back is the JVM's
        }
    }
}
