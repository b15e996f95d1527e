package dev.tarjama.internal.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The extraction benchmark's metric (trafilatura's evaluation): a gold {@code with} snippet found in the output is a
 * true positive, one missing a false negative; a {@code without} snippet found is a false positive. Snippets and
 * output are compared with every run of whitespace folded into one space.
 */
public final class ExtractionScore {
    /** Python's {@code \\s} on text: what the field's scorer folds, no-break spaces included. */
    private static final Pattern WHITESPACE =
            Pattern.compile("[\\s\\x1c-\\x1f\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+");

    /** Totals over pages. */
    public record Totals(int tp, int fp, int fn, int tn, int pages, long nanos) {
        public double precision() {
            return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        }

        public double f1() {
            return 2.0 * tp / (2.0 * tp + fp + fn);
        }

        public double msPerPage() {
            return pages == 0 ? 0 : nanos / 1e6 / pages;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s, %.1f ms/page)", counts(), msPerPage());
        }

        /** The scores and counts without the time, closing parenthesis left open. */
        private String counts() {
            return String.format(
                    Locale.ROOT,
                    "P %.3f R %.3f F1 %.3f (TP %d FP %d FN %d TN %d, %d pages",
                    precision(),
                    recall(),
                    f1(),
                    tp,
                    fp,
                    fn,
                    tn,
                    pages);
        }

        /** The scores and counts alone, for totals that were not timed. */
        public String scores() {
            return counts() + ")";
        }
    }

    /** One page's counts and what went wrong on it. */
    public record PageScore(String page, int tp, int fp, int fn, int tn, List<String> missed, List<String> leaked) {}

    private ExtractionScore() {}

    public static JsonNode gold(Path file) throws IOException {
        return new ObjectMapper().readTree(file.toFile()).get("pages");
    }

    public static PageScore judge(String page, JsonNode entry, String output) {
        String text = normalize(output == null ? "" : output);
        List<String> missed = new ArrayList<>();
        List<String> leaked = new ArrayList<>();
        int tp = 0;
        int fp = 0;
        for (JsonNode snippet : entry.get("with")) {
            if (text.contains(normalize(snippet.asText()))) {
                tp++;
            } else {
                missed.add(snippet.asText());
            }
        }
        for (JsonNode snippet : entry.get("without")) {
            if (text.contains(normalize(snippet.asText()))) {
                fp++;
                leaked.add(snippet.asText());
            }
        }
        return new PageScore(page, tp, fp, missed.size(), entry.get("without").size() - fp, missed, leaked);
    }

    /** Scores {@code extractor} (a page file → text, {@code null} when it fails) on the pages {@code selected} keeps. */
    public static Totals scoreFiles(
            JsonNode gold,
            Path pages,
            Predicate<String> selected,
            Function<Path, String> extractor,
            List<PageScore> details,
            List<Long> times) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        int count = 0;
        long nanos = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> page = it.next();
            if (!selected.test(page.getKey())) {
                continue;
            }
            long start = System.nanoTime();
            String output;
            try {
                output = extractor.apply(pages.resolve(page.getKey()));
            } catch (RuntimeException e) {
                output = null;
            }
            long took = System.nanoTime() - start;
            nanos += took;
            times.add(took);
            PageScore score = judge(page.getKey(), page.getValue(), output);
            details.add(score);
            tp += score.tp();
            fp += score.fp();
            fn += score.fn();
            tn += score.tn();
            count++;
        }
        return new Totals(tp, fp, fn, tn, count, nanos);
    }

    /** Scores {@code extractor} (raw page bytes → text) on the pages {@code selected} keeps. */
    public static Totals score(
            JsonNode gold,
            Path pages,
            Predicate<String> selected,
            Function<byte[], String> extractor,
            List<PageScore> details)
            throws IOException {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        int count = 0;
        long nanos = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> page = it.next();
            if (!selected.test(page.getKey())) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(pages.resolve(page.getKey()));
            long start = System.nanoTime();
            String output;
            try {
                output = extractor.apply(bytes);
            } catch (RuntimeException e) {
                output = null;
            }
            nanos += System.nanoTime() - start;
            PageScore score = judge(page.getKey(), page.getValue(), output);
            tp += score.tp();
            fp += score.fp();
            fn += score.fn();
            tn += score.tn();
            count++;
            if (details != null) {
                details.add(score);
            }
        }
        return new Totals(tp, fp, fn, tn, count, nanos);
    }

    static String normalize(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }
}
