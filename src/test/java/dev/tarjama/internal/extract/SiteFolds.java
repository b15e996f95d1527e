package dev.tarjama.internal.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The extractor's figure on sites it was not tuned on: the shared pages are split into five folds by site (all of a
 * site's pages in one fold), and for each fold the combination of {@link ExtractionRules} that scores best on the
 * other four is scored on it. The pooled counts of the five held-out folds are the cross-validated figure; a rule
 * that only helps the sites it was written for loses its place here.
 */
public final class SiteFolds {
    static final int FOLDS = 5;

    private static final java.util.regex.Pattern ARCHIVED =
            java.util.regex.Pattern.compile("^https?://web\\.archive\\.org/web/[^/]+/(https?://.*)$");

    /** The cross-validated totals and what each fold chose. */
    public record Result(
            ExtractionScore.Totals totals, List<Fold> folds, Map<ExtractionRules, ExtractionScore.Totals> flips) {
        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("cross-validated (5 folds by site): " + totals.scores());
            for (Fold fold : folds) {
                text.append(String.format(
                        Locale.ROOT,
                        "%n  fold %d: %3d pages of %3d sites, F1 %.3f, chose %s",
                        fold.index() + 1,
                        fold.totals().pages(),
                        fold.sites(),
                        fold.totals().f1(),
                        fold.chosen().equals(ExtractionRules.STANDARD) ? "the standard rules" : fold.chosen()));
            }
            flips.forEach((rules, flipped) -> text.append(String.format(
                    Locale.ROOT,
                    "%n  standard rules with %s flipped, on all pages: %s",
                    rules.flipFrom(ExtractionRules.STANDARD),
                    flipped.scores())));
            return text.toString();
        }
    }

    /** One held-out fold: its sites, the rules the other folds chose, and its score under them. */
    public record Fold(int index, int sites, ExtractionRules chosen, ExtractionScore.Totals totals) {}

    private SiteFolds() {}

    /** Scores every combination of rules on every page (two at a time), then cross-validates. */
    public static Result crossValidate(Path pages, Path goldFile) throws IOException {
        JsonNode gold = ExtractionScore.gold(goldFile);
        Map<ExtractionRules, Map<String, ExtractionScore.PageScore>> scores = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Map<ExtractionRules, Future<Map<String, ExtractionScore.PageScore>>> running = new LinkedHashMap<>();
            for (ExtractionRules rules : ExtractionRules.combinations()) {
                running.put(rules, pool.submit(() -> pageScores(rules, pages, goldFile)));
            }
            for (Map.Entry<ExtractionRules, Future<Map<String, ExtractionScore.PageScore>>> run : running.entrySet()) {
                scores.put(run.getKey(), run.getValue().get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        Map<String, String> siteOf = sites(gold);
        return crossValidate(siteOf, scores);
    }

    /**
     * Cross-validates given page scores: each fold gets the rules with the best F1 on the other folds (the first of
     * equals, so the standard rules win ties), and is scored with them.
     */
    static Result crossValidate(
            Map<String, String> siteOf, Map<ExtractionRules, Map<String, ExtractionScore.PageScore>> scores) {
        Map<String, Integer> foldOf = new HashMap<>();
        siteOf.forEach((page, site) -> foldOf.put(page, foldOf(site)));
        List<Fold> folds = new ArrayList<>();
        List<ExtractionScore.PageScore> held = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            int k = fold;
            ExtractionRules best = null;
            double bestF1 = -1;
            for (Map.Entry<ExtractionRules, Map<String, ExtractionScore.PageScore>> entry : scores.entrySet()) {
                double f1 =
                        totals(entry.getValue(), page -> foldOf.get(page) != k).f1();
                if (f1 > bestF1) {
                    best = entry.getKey();
                    bestF1 = f1;
                }
            }
            Map<String, ExtractionScore.PageScore> chosen = scores.get(best);
            chosen.forEach((page, score) -> {
                if (foldOf.get(page) == k) {
                    held.add(score);
                }
            });
            folds.add(new Fold(fold, sitesIn(siteOf, k), best, totals(chosen, page -> foldOf.get(page) == k)));
        }
        Map<ExtractionRules, ExtractionScore.Totals> flips = new LinkedHashMap<>();
        scores.forEach((rules, byPage) -> {
            if (rules.flipFrom(ExtractionRules.STANDARD) != null) {
                flips.put(rules, totals(byPage, page -> true));
            }
        });
        return new Result(sum(held), folds, flips);
    }

    /** Each page's site, as its gold annotation names it. */
    static Map<String, String> sites(JsonNode gold) {
        Map<String, String> siteOf = new HashMap<>();
        gold.properties().forEach(page -> siteOf.put(page.getKey(), site(page.getKey(), page.getValue())));
        return siteOf;
    }

    /** The page's site: its host without "www.", or the page's name when the annotation gives no address. */
    static String site(String page, JsonNode entry) {
        String url = entry.path("url").asText("");
        // an archived page belongs to the site archived: web.archive.org/web/2019…/https://example.org/…
        java.util.regex.Matcher archived = ARCHIVED.matcher(url);
        if (archived.find()) {
            url = archived.group(1);
        }
        try {
            String host =
                    url.isEmpty() ? null : URI.create(url.replace(" ", "%20")).getHost();
            if (host != null) {
                return host.toLowerCase(Locale.ROOT).replaceFirst("^www\\d?\\.", "");
            }
        } catch (IllegalArgumentException e) {
            // an address that is no URI: the page stands for its own site
        }
        return page;
    }

    static int foldOf(String site) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(site.getBytes(StandardCharsets.UTF_8));
            return (digest[0] & 0xFF) % FOLDS;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, ExtractionScore.PageScore> pageScores(ExtractionRules rules, Path pages, Path gold) {
        try (ExtractionBenchmark bench = new ExtractionBenchmark(rules)) {
            Map<String, ExtractionScore.PageScore> byPage = new HashMap<>();
            bench.score(pages, gold, page -> true).pages().forEach(score -> byPage.put(score.page(), score));
            return byPage;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int sitesIn(Map<String, String> siteOf, int fold) {
        return (int) siteOf.values().stream()
                .filter(site -> foldOf(site) == fold)
                .distinct()
                .count();
    }

    private static ExtractionScore.Totals totals(
            Map<String, ExtractionScore.PageScore> scores, java.util.function.Predicate<String> selected) {
        return sum(scores.entrySet().stream()
                .filter(e -> selected.test(e.getKey()))
                .map(Map.Entry::getValue)
                .toList());
    }

    private static ExtractionScore.Totals sum(List<ExtractionScore.PageScore> scores) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (ExtractionScore.PageScore score : scores) {
            tp += score.tp();
            fp += score.fp();
            fn += score.fn();
            tn += score.tn();
        }
        return new ExtractionScore.Totals(tp, fp, fn, tn, scores.size(), 0);
    }
}
