package dev.tarjama.cli;

import dev.tarjama.llm.BackendConfig;
import dev.tarjama.llm.PriceTable;
import dev.tarjama.model.Paragraph;
import dev.tarjama.run.DryRunPlan;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Prints what {@code --dry-run} found: the segmentation, the requests, and the estimated bill. */
final class DryRunPrinter {
    private static final int PREVIEW = 60;

    private final PrintWriter out;

    DryRunPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(List<DryRunPlan> plans, BackendConfig backend, PriceTable prices) {
        for (DryRunPlan plan : plans) {
            var article = plan.article();
            out.printf(Locale.ROOT, "%s: %d paragraphs, language %s, charset %s%n", article.input(),
                    article.paragraphs().size(), article.language(), article.charset());
            for (Paragraph p : article.paragraphs()) {
                out.printf(Locale.ROOT, "  ¶%-3d %-7s %5d chars  %d request%s  %s%n", p.index(), p.kind().jsonName(),
                        p.text().length(), p.segments().size(), p.segments().size() == 1 ? " " : "s", preview(p.text()));
            }
            out.printf(Locale.ROOT, "requests: %d (%d glossary + %d for paragraphs + %d brief; %d segment%s answered from the cache)%n",
                    plan.requests(), plan.glossaryRequests(), plan.paragraphRequests(), plan.briefRequests(),
                    plan.cachedSegments(), plan.cachedSegments() == 1 ? "" : "s");
            out.printf(Locale.ROOT, "tokens (estimate): %,d input, %,d output%n", plan.inputTokens(), plan.outputTokens());
            out.println(prices.priceOf(backend.model())
                    .map(price -> String.format(Locale.ROOT, "cost (estimate): $%.4f with %s %s at $%.2f / $%.2f per million tokens",
                            price.cost(plan.inputTokens(), plan.outputTokens()), backend.provider(), backend.model(),
                            price.inputPerMillion(), price.outputPerMillion()))
                    .orElse("cost (estimate): no price known for model " + backend.model()));
        }
        out.println("dry run: nothing was sent");
        out.flush();
    }

    private static String preview(String text) {
        String one = text.replaceAll("\\s+", " ");
        return one.length() <= PREVIEW ? one : one.substring(0, PREVIEW) + "…";
    }
}
