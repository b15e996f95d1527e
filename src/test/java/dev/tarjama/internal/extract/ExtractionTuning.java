package dev.tarjama.internal.extract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tarjama.internal.source.ArticleBytes;
import dev.tarjama.internal.source.TextDecoder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scores the extractor on the shared pages, leaving the held-out tenth alone, and lists the pages it does worst on:
 * {@code java -cp … dev.tarjama.internal.extract.ExtractionTuning [pages to list]}.
 */
public final class ExtractionTuning {
    private ExtractionTuning() {}

    public static void main(String[] args) throws Exception {
        Path shared = Path.of("..", "shared", "extraction");
        JsonNode gold = ExtractionScore.gold(shared.resolve("gold.json"));
        HtmlExtractor extractor = new HtmlExtractor();
        TextDecoder decoder = new TextDecoder(warning -> {});
        List<ExtractionScore.PageScore> details = new ArrayList<>();
        ExtractionScore.Totals totals = ExtractionScore.score(
                gold,
                shared.resolve("pages"),
                page -> Boolean.getBoolean("heldout") == HeldOut.contains(page),
                bytes -> extractor
                        .extract(
                                decoder.decode(new ArticleBytes("page", bytes, "text/html"))
                                        .text(),
                                "")
                        .text(),
                details);
        System.out.println("tuning pages: " + totals);
        int show = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        details.sort(Comparator.comparingInt((ExtractionScore.PageScore s) -> s.fp() + s.fn())
                .reversed());
        for (ExtractionScore.PageScore s : details.subList(0, Math.min(show, details.size()))) {
            System.out.println(s.page() + "  fp " + s.fp() + " fn " + s.fn());
            s.missed().forEach(m -> System.out.println("    missed: " + m));
            s.leaked().forEach(m -> System.out.println("    leaked: " + m));
        }
    }
}
