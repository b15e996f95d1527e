package dev.tarjama.api;

import dev.tarjama.llm.RequestPlan;
import dev.tarjama.model.Article;

/**
 * What translating an article would send, found by running the pipeline without sending anything: the requests
 * the cache cannot answer, each with its estimated tokens.
 *
 * @param article        the article as segmented
 * @param plan           the requests, in the order a run would make them
 * @param cachedSegments segments whose translations the cache already holds
 */
public record DryRun(Article article, RequestPlan plan, int cachedSegments) {
    /** Requests for paragraphs; each may be followed by one corrective re-ask if its answer fails a check. */
    public long paragraphRequests() {
        return plan.requests().stream()
                .filter(r -> r.label().startsWith("paragraph"))
                .count();
    }

    public long requests() {
        return plan.requests().size();
    }

    /** The article's own text in o200k tokens: what the input ratios divide by. */
    public long sourceTokens() {
        return article.paragraphs().stream()
                .mapToLong(p -> dev.tarjama.llm.TokenEstimator.count(p.text()))
                .sum();
    }

    /** Input tokens of every request per token of the article's text. */
    public double inputRatio() {
        return (double) plan.inputTokens() / Math.max(1, sourceTokens());
    }

    /** Input tokens of the paragraph requests per token of the article's text. */
    public double paragraphInputRatio() {
        return (double) plan.requests().stream()
                        .filter(r -> r.label().startsWith("paragraph"))
                        .mapToLong(RequestPlan.Planned::inputTokens)
                        .sum()
                / Math.max(1, sourceTokens());
    }
}
