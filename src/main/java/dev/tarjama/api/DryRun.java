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
 */
public record DryRun(
        Article article,
        List<PlannedRequest> requests,
        int cachedSegments,
        long sourceTokens,
        BackendInfo backend,
        Price price) {
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
