package dev.tarjama.bench;

import dev.tarjama.testing.FakeProvider;
import dev.tarjama.testing.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * What bilingual.pdf costs for an N-paragraph article, through the packaged jar as users run it: the article is
 * translated once to fill the answer cache, then rerun from the cache (no request reaches the server) with and
 * without {@code -f pdf}; the difference is the PDF's layout, font embedding and writing, its classes' loading
 * included. Run it with
 * {@code mvn -B -q -DskipTests package exec:java -Dbench.main=dev.tarjama.bench.PdfBench -Dexec.args="200 3"}.
 */
public final class PdfBench {
    private PdfBench() {}

    public static void main(String[] args) throws Exception {
        int paragraphs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path work = Files.createTempDirectory("tarjama-pdf-bench");
        Path article = work.resolve("article.txt");
        Files.writeString(article, Samples.longArticle(paragraphs));
        List<Long> without = new ArrayList<>();
        List<Long> with = new ArrayList<>();
        try (FakeProvider server = new FakeProvider()) {
            time(work, server, article, "json"); // fills the cache
            for (int run = 0; run < runs; run++) {
                without.add(time(work, server, article, "json"));
                with.add(time(work, server, article, "pdf,json"));
            }
        }
        long plain = JarBench.median(without);
        long pdf = JarBench.median(with);
        System.out.printf(
                Locale.ROOT,
                "pdf for %d paragraphs: %d ms (run with pdf %d ms - run without %d ms, cached, start-up included;"
                        + " median of %d runs; goal < 10000 ms)%n",
                paragraphs,
                pdf - plain,
                pdf,
                plain,
                runs);
    }

    private static long time(Path work, FakeProvider server, Path article, String formats) throws Exception {
        long start = System.nanoTime();
        int exit = JarBench.tarjama(
                work,
                server,
                null,
                "translate",
                article.toString(),
                "-f",
                formats,
                "-q",
                "-o",
                work.resolve("out").toString());
        long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        if (exit != 0) {
            throw new IllegalStateException(
                    "the run exited " + exit + ": " + Files.readString(work.resolve("err.txt")));
        }
        return elapsed;
    }
}
