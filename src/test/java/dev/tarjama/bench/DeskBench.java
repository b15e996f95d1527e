package dev.tarjama.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tarjama.testing.CliRun;
import dev.tarjama.testing.FakeProvider;
import dev.tarjama.testing.PseudoTerminal;
import dev.tarjama.testing.Samples;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the review desk costs an editor: the packaged jar's {@code tarjama serve} from the process's start to its
 * ready line (goal ≤ 1 s, JVM start-up included), then the list of 500 articles as a page and as JSON, and one
 * article side by side, each the median of 20 requests after 10 to warm up (goal ≤ 100 ms). Real HTTP, a real root
 * of 500 article folders (the sample translated once, its record copied with other titles and dates).
 *
 * <pre>
 * mvn -B -q -DskipTests package test-compile exec:java -Dbench.main=dev.tarjama.bench.DeskBench
 * </pre>
 */
public final class DeskBench {
    private static final int ARTICLES = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    private DeskBench() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("tarjama-desk-bench");
        Samples.copyCodeRed(dir, "code-red.ar.txt");
        try (FakeProvider fake = new FakeProvider()) {
            CliRun.Result result = new CliRun(dir).against(fake).run("translate", "code-red.ar.txt", "-o", "out");
            if (result.exitCode() != 0) {
                throw new IllegalStateException(result.err());
            }
        }
        Path out = dir.resolve("out");
        Path template = out.resolve("code-red.ar");
        ObjectNode record =
                (ObjectNode) JSON.readTree(template.resolve("article.json").toFile());
        for (int i = 1; i < ARTICLES; i++) {
            Path folder = Files.createDirectories(out.resolve(String.format(Locale.ROOT, "story-%04d", i)));
            ObjectNode copy = record.deepCopy();
            ((ObjectNode) copy.get("source"))
                    .put("published", LocalDate.of(2026, 1, 1).plusDays(i % 330).toString());
            ((ObjectNode) copy.get("source")).put("title", "قصة رقم " + i);
            Files.writeString(folder.resolve("article.json"), JSON.writeValueAsString(copy));
            Files.copy(template.resolve("bilingual.html"), folder.resolve("bilingual.html"));
        }

        String java = ProcessHandle.current().info().command().orElse("java");
        long start = System.nanoTime();
        Process serve = new ProcessBuilder(
                        java,
                        "-jar",
                        PseudoTerminal.jar().toString(),
                        "serve",
                        "-o",
                        out.toString(),
                        "--port",
                        "0",
                        "-q")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            String ready;
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
                ready = lines.readLine();
                double startup = (System.nanoTime() - start) / 1e6;
                URI address = URI.create(ready.substring(ready.indexOf("http")));
                HttpClient http = HttpClient.newHttpClient();
                System.out.printf(
                        Locale.ROOT,
                        "start-up to ready line: %.0f ms (ratio %.2f to the 1 s goal)%n",
                        startup,
                        startup / 1000);
                for (String path : List.of("?per_page=500", "api/articles?per_page=500", "a/story-0250/")) {
                    double median = median(http, address.resolve(path));
                    System.out.printf(
                            Locale.ROOT,
                            "GET /%-26s median %.1f ms (ratio %.2f to the 100 ms goal)%n",
                            path,
                            median,
                            median / 100);
                }
            }
        } finally {
            serve.destroy();
            serve.waitFor();
        }
    }

    private static double median(HttpClient http, URI uri) throws Exception {
        double[] times = new double[20];
        for (int i = 0; i < 10 + times.length; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response =
                    http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode());
            }
            if (i >= 10) {
                times[i - 10] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(times);
        return times[times.length / 2];
    }
}
