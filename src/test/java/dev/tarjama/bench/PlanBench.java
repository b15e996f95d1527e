package dev.tarjama.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tarjama.Latency;
import dev.tarjama.Price;
import dev.tarjama.testing.FakeProvider;
import dev.tarjama.testing.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Time to the brief, and what it costs: the packaged jar, started as users start it, translates the sample (20
 * paragraphs) and a 200-paragraph article against a local OpenAI-compatible server that answers as a model writes
 * (500 ms to the first token, 15 ms per token of the answer), {@code -j 8}, start-up included, under three plans: the
 * default (balanced), one paragraph per request ({@code --batch-tokens 0}: the fastest there is) and 1,500-token
 * batches ({@code --plan cheapest}: the cheapest). It prints, for each article, the default's wall time over the
 * fastest's (goal ≤ 1.25) and its cost over the cheapest's (goal ≤ 1.15), the cost at gpt-4.1-mini's prices from the
 * usage the server reported (cached input at the cached price).
 *
 * <pre>
 * mvn -B -q -DskipTests package test-compile exec:java -Dbench.main=dev.tarjama.bench.PlanBench -Dexec.args="3"
 * </pre>
 *
 * The argument is the number of runs of each plan; the median counts.
 */
public final class PlanBench {
    /** gpt-4.1-mini, US dollars per million tokens: input, output, cached input. */
    private static final Price PRICE = new Price(0.40, 1.60, 0.10);

    private static final Latency MODEL = new Latency(Duration.ofMillis(500), Duration.ofMillis(15));
    private static final ObjectMapper JSON = new ObjectMapper();

    private PlanBench() {}

    /** One plan's runs: the median wall time, the requests and the cost of a run. */
    record Measured(long wallMillis, int requests, double cost, List<Long> walls) {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path work = Files.createTempDirectory("tarjama-plan-bench");
        Path sample = work.resolve("code-red.ar.txt");
        Files.writeString(sample, Samples.codeRedText());
        Path long200 = work.resolve("long-200.ar.txt");
        Files.writeString(long200, Samples.longArticle(200));
        boolean pass = true;
        try (FakeProvider server = new FakeProvider()) {
            run(work, server, sample, List.of()); // the server's code compiled, the launcher's class archive built
            server.withModelLatency(MODEL);
            for (Path article : List.of(sample, long200)) {
                Measured balanced = measure(work, server, article, List.of(), runs);
                Measured fastest = measure(work, server, article, List.of("--batch-tokens", "0"), runs);
                Measured cheapest = measure(work, server, article, List.of("--plan", "cheapest"), runs);
                double time = balanced.wallMillis() / (double) fastest.wallMillis();
                double cost = balanced.cost() / cheapest.cost();
                pass &= time <= 1.25 && cost <= 1.15;
                System.out.printf(
                        Locale.ROOT,
                        "%s: wall/fastest %.2f (goal ≤ 1.25), cost/cheapest %.2f (goal ≤ 1.15)%n"
                                + "  default   %6d ms %4d requests $%.5f %s%n"
                                + "  --batch-tokens 0 %6d ms %4d requests $%.5f %s%n"
                                + "  --plan cheapest  %6d ms %4d requests $%.5f %s%n",
                        article.getFileName(),
                        time,
                        cost,
                        balanced.wallMillis(),
                        balanced.requests(),
                        balanced.cost(),
                        balanced.walls(),
                        fastest.wallMillis(),
                        fastest.requests(),
                        fastest.cost(),
                        fastest.walls(),
                        cheapest.wallMillis(),
                        cheapest.requests(),
                        cheapest.cost(),
                        cheapest.walls());
            }
        }
        System.out.println(pass ? "plan bench: both goals met" : "plan bench: a goal was missed");
    }

    private static Measured measure(Path work, FakeProvider server, Path article, List<String> plan, int runs)
            throws IOException, InterruptedException {
        List<Long> walls = new ArrayList<>();
        Run last = null;
        for (int i = 0; i < runs; i++) {
            Thread.sleep(1000); // the server's own background work settles first
            last = run(work, server, article, plan);
            walls.add(last.wallMillis());
        }
        return new Measured(JarBench.median(walls), last.requests(), last.cost(), walls);
    }

    private record Run(long wallMillis, int requests, double cost) {}

    /** One translation with a fresh cache and output folder, timed from the launcher's start to its exit. */
    private static Run run(Path work, FakeProvider server, Path article, List<String> plan)
            throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory(work, "run");
        int before = server.requests().size();
        List<String> args = new ArrayList<>(List.of(
                "translate",
                article.toString(),
                "-j",
                "8",
                "-q",
                "-f",
                "json",
                "-o",
                dir.resolve("out").toString()));
        args.addAll(plan);
        long start = System.nanoTime();
        int exit = JarBench.tarjama(dir, server, null, args.toArray(String[]::new));
        long wall = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        if (exit != 0) {
            throw new IllegalStateException("the run exited " + exit + ": " + Files.readString(dir.resolve("err.txt")));
        }
        JsonNode usage;
        try (Stream<Path> files = Files.walk(dir.resolve("out"))) {
            Path json = files.filter(p -> p.getFileName().toString().equals("article.json"))
                    .findFirst()
                    .orElseThrow();
            usage = JSON.readTree(json.toFile()).path("usage");
        }
        double cost = PRICE.cost(
                usage.path("input_tokens").asLong(),
                usage.path("cached_input_tokens").asLong(),
                usage.path("output_tokens").asLong());
        return new Run(wall, server.requests().size() - before, cost);
    }
}
