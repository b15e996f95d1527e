package dev.tarjama.internal.llm;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What a dry run would send: each request with its estimated tokens, in the order the run would make them. */
public final class RequestPlan {
    /**
     * One request a run would send.
     *
     * @param label        what it is for: "paragraph 3", "glossary", "brief"
     * @param inputTokens  its system and user messages, counted with the o200k tokenizer
     * @param outputTokens the expected length of its answer
     * @param segments     how many segments of the article it translates (1 for the glossary and the brief)
     */
    public record Planned(String label, long inputTokens, long outputTokens, int segments) {}

    private final List<Planned> requests = new CopyOnWriteArrayList<>();
    private volatile dev.tarjama.BatchPlan batching;

    /** How the paragraphs were cut into requests, once the planner has cut them. */
    public void batching(dev.tarjama.BatchPlan plan) {
        this.batching = plan;
    }

    /** How the paragraphs were cut into requests; {@code null} when no plan was weighed. */
    public dev.tarjama.BatchPlan batching() {
        return batching;
    }

    void add(Planned planned) {
        requests.add(planned);
    }

    public List<Planned> requests() {
        return List.copyOf(requests);
    }

    public long inputTokens() {
        return requests.stream().mapToLong(Planned::inputTokens).sum();
    }

    public long outputTokens() {
        return requests.stream().mapToLong(Planned::outputTokens).sum();
    }
}
