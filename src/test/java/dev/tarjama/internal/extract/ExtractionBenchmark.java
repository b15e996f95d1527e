package dev.tarjama.internal.extract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tarjama.ArticleSource;
import dev.tarjama.LoadedArticle;
import dev.tarjama.internal.http.HttpClients;
import dev.tarjama.internal.source.ArticleLoader;
import dev.tarjama.model.Paragraph;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Scores what {@code tarjama extract} prints (the same loader, the same paragraphs) against gold annotations in the
 * field's format, with the field's metric: {@code java … ExtractionBenchmark [pages-dir gold.json]}.
 */
public final class ExtractionBenchmark implements AutoCloseable {
    private final HttpClients http = new HttpClients(1, Duration.ofSeconds(5));
    private final ArticleLoader loader;

    /** A benchmark of the standard rules, as {@code tarjama extract} reads pages. */
    public ExtractionBenchmark() {
        this(ExtractionRules.STANDARD);
    }

    /** A benchmark of other rules. */
    public ExtractionBenchmark(ExtractionRules rules) {
        loader = new ArticleLoader(
                http, dev.tarjama.Options.defaults().reading(), warning -> {}, new HtmlExtractor(rules));
    }

    /** A set's scores and the per-page times. */
    public record Result(ExtractionScore.Totals totals, double medianMillis, List<ExtractionScore.PageScore> pages) {
        @Override
        public String toString() {
            return totals + String.format(Locale.ROOT, ", median %.1f ms/page", medianMillis);
        }
    }

    /** What {@code tarjama extract} prints for a page file, or {@code null} when it cannot read it. */
    public String extract(Path page) {
        List<LoadedArticle> loaded = loader.loadAll(new ArticleSource.File(page, page.toString()), null);
        if (loaded.isEmpty() || !loaded.get(0).ok()) {
            return null;
        }
        return loaded.get(0).article().paragraphs().stream()
                .map(Paragraph::text)
                .collect(Collectors.joining("\n"));
    }

    public Result score(Path pages, Path goldFile, Predicate<String> selected) throws IOException {
        JsonNode gold = ExtractionScore.gold(goldFile);
        List<ExtractionScore.PageScore> details = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        ExtractionScore.Totals totals =
                ExtractionScore.scoreFiles(gold, pages, selected, this::extract, details, times);
        long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
        double median = sorted.length == 0 ? 0 : sorted[sorted.length / 2] / 1e6;
        return new Result(totals, median, details);
    }

    /** Reads every page once, so that the measured pass runs on a warm JVM. */
    public void warmUp(Path pages, Path goldFile) throws IOException {
        score(pages, goldFile, page -> true);
    }

    @Override
    public void close() {
        http.close();
    }

    public static void main(String[] args) throws IOException {
        Path shared = Path.of("..", "shared", "extraction");
        Path pages = args.length > 0 ? Path.of(args[0]) : shared.resolve("pages");
        Path gold = args.length > 1 ? Path.of(args[1]) : shared.resolve("gold.json");
        try (ExtractionBenchmark bench = new ExtractionBenchmark()) {
            bench.warmUp(pages, gold);
            System.out.println("all pages:  " + bench.score(pages, gold, page -> true));
            if (args.length == 0) {
                System.out.println("tuning:     " + bench.score(pages, gold, page -> !HeldOut.contains(page)));
                System.out.println("held out:   " + bench.score(pages, gold, HeldOut::contains));
                System.out.println(SiteFolds.crossValidate(pages, gold));
            }
            if (Arrays.asList(args).contains("--worst")) {
                bench.score(pages, gold, page -> true).pages().stream()
                        .filter(p -> p.fp() + p.fn() > 0)
                        .forEach(p -> System.out.println(p.page() + " missed " + p.missed() + " leaked " + p.leaked()));
            }
        }
    }
}
