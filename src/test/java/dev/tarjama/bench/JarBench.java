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
        List<Long> walls = new ArrayList<>();
        int requests = 0;
        long alone = 0;
        try (FakeProvider server = new FakeProvider()) {
            int warmUp = run(work, server, article, concurrency); // the server's code compiled, the class archive built
            server.withFixedDelay(Duration.ofMillis(latency));
            for (int run = 0; run < runs; run++) {
                int before = server.requests().size();
                Thread.sleep(2000); // the server's own background work (compilation, collection) settles first
                long start = System.nanoTime();
                run(work, server, article, concurrency);
                walls.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                List<FakeProvider.Recorded> made =
                        server.requests().subList(before, server.requests().size());
                requests = made.size();
                // the glossary pass (with --glossary-pass) and the brief each wait for what comes before them
                alone = made.stream()
                        .filter(r -> r.kind().startsWith("article_"))
                        .count();
                if (System.getProperty("bench.timeline") != null) {
                    timeline(start, made);
                }
            }
            if (warmUp != requests) {
                throw new IllegalStateException("the warm-up made " + warmUp + " requests, the runs " + requests);
            }
        }
        long wall = median(walls);
        long paragraphRequests = requests - alone;
        long waves = (paragraphRequests + concurrency - 1) / concurrency;
        long ideal = jvm + (waves + alone) * latency;
        System.out.printf(
                Locale.ROOT,
                "wall/ideal: %.3f (N=%d, j=%d, L=%d ms: wall %d ms, ideal %d ms = JVM start-up %d ms"
                        + " + (%d waves + %d alone: glossary pass, brief) x %d ms; median of %d runs %s)%n",
                wall / (double) ideal,
                paragraphs,
                concurrency,
                latency,
                wall,
                ideal,
                jvm,
                waves,
                alone,
                latency,
                runs,
                walls);
        System.out.printf(Locale.ROOT, "requests: %d for %d paragraphs%n", requests, paragraphs);
    }

    /** One translation with a fresh cache and output folder; returns the requests it made. */
    private static int run(Path work, FakeProvider server, Path article, int concurrency)
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
        int exit = tarjama(dir, server, args.toArray(String[]::new));
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
    static int tarjama(Path dir, FakeProvider server, String... args) throws IOException, InterruptedException {
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
        String options = System.getProperty("bench.jvm", "");
        if (!options.isBlank()) {
            builder.environment().put("TARJAMA_JAVA_OPTS", options);
        }
        return builder.start().waitFor();
    }

    /** When the server saw the first request, the first and last paragraph, the brief: where a run's time goes. */
    private static void timeline(long start, List<FakeProvider.Recorded> requests) {
        List<FakeProvider.Recorded> paragraphs =
                requests.stream().filter(r -> r.paragraph() != null).toList();
        System.out.printf(
                Locale.ROOT,
                "  first request %d ms, first paragraph %d ms, last paragraph %d ms, brief %d ms%n",
                ms(start, requests.get(0)),
                ms(start, paragraphs.get(0)),
                ms(start, paragraphs.get(paragraphs.size() - 1)),
                ms(start, requests.get(requests.size() - 1)));
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
