package dev.tarjama.api;

import dev.tarjama.Price;
import dev.tarjama.model.Article;
import dev.tarjama.model.BackendInfo;
import java.util.List;

/**
 * What translating an article would send, found by running the pipeline without sending anything: the requests the
 * cache cannot answer, each with its estimated tokens.
 *
 * @param article        the article as segmented
 * @param requests       the requests, in the order a run would make them
 * @param cachedSegments segments whose translations the cache already holds
 * @param sourceTokens   the article's own text in o200k tokens: what the input ratios divide by
 * @param backend        the backend it would be sent to
 * @param price          the model's price, or {@code null} when none is known
 * @param batching       how the paragraphs were cut into requests and why, or {@code null} when no plan was weighed
 *                       (one paragraph per request, or every paragraph in the cache)
 * @param latency        the model's expected speed, for {@link #expectedTime()}
 * @param concurrency    requests in flight at once
 */
public record DryRun(
        Article article,
        List<PlannedRequest> requests,
        int cachedSegments,
        long sourceTokens,
        BackendInfo backend,
        Price price,
        dev.tarjama.BatchPlan batching,
        dev.tarjama.Latency latency,
        int concurrency) {
    public DryRun {
        requests = List.copyOf(requests);
    }

    /**
     * One request a run would send.
     *
     * @param label        what it is for: "paragraph 3", "paragraphs 0–19", "glossary", "brief"
     * @param inputTokens  its system and user messages, counted with the o200k tokenizer
     * @param outputTokens the expected length of its answer
     * @param segments     how many segments of the article it translates (1 for the glossary and the brief)
     */
    public record PlannedRequest(String label, long inputTokens, long outputTokens, int segments) {
        /** Whether it translates paragraphs (each may be followed by one corrective re-ask). */
        public boolean forParagraphs() {
            return label.startsWith("paragraph");
        }
    }

    /**
     * How long the run is expected to take at the {@link #latency()}: the glossary pass, then the paragraph requests
     * {@link #concurrency()} at a time, then the review's, then the brief (its parts side by side, then the brief over
     * them). Reading the article and writing the files are not counted: they take a fraction of a second.
     */
    public java.time.Duration expectedTime() {
        java.time.Duration total = java.time.Duration.ZERO;
        for (String stage : List.of("glossary", "paragraph", "review", "brief")) {
            List<Long> answers = requests.stream()
                    .filter(r -> r.label().startsWith(stage) && !r.label().equals("brief"))
                    .map(PlannedRequest::outputTokens)
                    .toList();
            total = total.plus(answers.isEmpty() ? java.time.Duration.ZERO : latency.ofAll(answers, concurrency));
        }
        for (PlannedRequest r : requests) {
            if (r.label().equals("brief")) {
                total = total.plus(latency.of(r.outputTokens()));
            }
        }
        return total;
    }

    /** Requests for paragraphs. */
    public long paragraphRequests() {
        return requests.stream().filter(PlannedRequest::forParagraphs).count();
    }

    public long inputTokens() {
        return requests.stream().mapToLong(PlannedRequest::inputTokens).sum();
    }

    public long outputTokens() {
        return requests.stream().mapToLong(PlannedRequest::outputTokens).sum();
    }

    /** What the requests would cost by the model's price, or {@code null} when no price is known. */
    public Double costUsd() {
        return price == null ? null : price.cost(inputTokens(), outputTokens());
    }

    /** Input tokens of every request per token of the article's text. */
    public double inputRatio() {
        return (double) inputTokens() / Math.max(1, sourceTokens);
    }

    /** Input tokens of the paragraph requests per token of the article's text. */
    public double paragraphInputRatio() {
        return (double) requests.stream()
                        .filter(PlannedRequest::forParagraphs)
                        .mapToLong(PlannedRequest::inputTokens)
                        .sum()
                / Math.max(1, sourceTokens);
    }
}
