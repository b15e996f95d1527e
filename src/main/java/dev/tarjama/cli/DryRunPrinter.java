package dev.tarjama.cli;

import dev.tarjama.api.DryRun;
import dev.tarjama.model.Article;
import dev.tarjama.model.Paragraph;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints what {@code --dry-run} found: the segmentation, the requests, and the estimated bill. */
final class DryRunPrinter {
    private static final int PREVIEW = 60;

    private final PrintWriter out;

    DryRunPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(DryRun dryRun) {
        Article article = dryRun.article();
        out.printf(
                Locale.ROOT,
                "%s: %d paragraphs, language %s, charset %s%n",
                article.input(),
                article.paragraphs().size(),
                article.language(),
                article.charset());
        for (Paragraph p : article.paragraphs()) {
            out.printf(
                    Locale.ROOT,
                    "  ¶%-3d %-7s %5d chars  %d segment%s  %s%n",
                    p.index(),
                    p.kind().jsonName(),
                    p.text().length(),
                    p.segments().size(),
                    p.segments().size() == 1 ? " " : "s",
                    preview(p.text()));
        }
        long glossary = count(dryRun, "glossary");
        long brief = count(dryRun, "brief");
        long review = dryRun.requests().stream()
                .filter(r -> r.label().startsWith("review"))
                .count();
        long paragraphs = dryRun.paragraphRequests();
        out.printf(
                Locale.ROOT,
                "requests: %d (%s%d for paragraphs + %s%d brief; %d segment%s answered from the cache)" + "%s%n",
                dryRun.requests().size(),
                glossary == 0 ? "" : glossary + " glossary + ",
                paragraphs,
                review == 0 ? "" : review + " review + ",
                brief,
                dryRun.cachedSegments(),
                dryRun.cachedSegments() == 1 ? "" : "s",
                paragraphs == 0
                        ? ""
                        : String.format("%n  and one corrective re-ask for each paragraph whose answer fails a check"));
        if (dryRun.batching() != null) {
            out.println(dryRun.batching().line());
        }
        out.printf(
                Locale.ROOT, "tokens (estimate): %,d input, %,d output%n", dryRun.inputTokens(), dryRun.outputTokens());
        out.printf(
                Locale.ROOT,
                "time (estimate): %.1f s at %s, %d request%s at a time, start-up and writing not counted%n",
                dryRun.expectedTime().toMillis() / 1000.0,
                dryRun.latency(),
                dryRun.concurrency(),
                dryRun.concurrency() == 1 ? "" : "s");
        out.printf(
                Locale.ROOT,
                "input per source token: %.2f in all, %.2f for the paragraph requests (the article: %,d tokens)%n",
                dryRun.inputRatio(),
                dryRun.paragraphInputRatio(),
                dryRun.sourceTokens());
        out.println(
                dryRun.price() == null
                        ? "cost (estimate): no price known for model "
                                + dryRun.backend().model()
                        : String.format(
                                Locale.ROOT,
                                "cost (estimate): $%.4f with %s %s at $%.2f / $%.2f per million tokens",
                                dryRun.costUsd(),
                                dryRun.backend().provider(),
                                dryRun.backend().model(),
                                dryRun.price().inputPerMillion(),
                                dryRun.price().outputPerMillion()));
    }

    void finish() {
        out.println("dry run: nothing was sent");
        out.flush();
    }

    /** Requests for {@code label} or a part of it ("brief, part 2 of 5"). */
    private static long count(DryRun dryRun, String label) {
        return dryRun.requests().stream()
                .filter(r -> r.label().equals(label) || r.label().startsWith(label + ", part "))
                .count();
    }

    private static String preview(String text) {
        String one = text.replaceAll("\\s+", " ");
        return one.length() <= PREVIEW ? one : one.substring(0, PREVIEW) + "…";
    }
}
