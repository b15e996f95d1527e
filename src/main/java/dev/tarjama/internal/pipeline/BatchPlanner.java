package dev.tarjama.internal.pipeline;

import dev.tarjama.BatchPlan;
import dev.tarjama.Latency;
import dev.tarjama.PlanGoal;
import dev.tarjama.Price;
import dev.tarjama.model.Segment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cuts the segments an article still needs into batches, weighing time against cost. A model writes its answer one
 * token after another, so one batch of the whole article keeps every other request slot idle while it is written;
 * many small batches end sooner but repeat the instructions in each. The planner tries batch sizes from the largest
 * {@code --batch-tokens} allows down to a floor, estimates each plan's time (first token plus output tokens, the
 * batches sent as slots free up) and cost (input and output tokens at the model's price), and picks by its goal.
 */
final class BatchPlanner {
    /** Below this many source tokens a batch's repeated instructions outweigh its text (balanced plans only). */
    static final int FLOOR_TOKENS = 300;
    /** The title and the paragraph before the batch, sent with each as context. */
    static final int CONTEXT_TOKENS = 150;
    /** Plans within this share of the fastest count as fast: the cheaper of them is taken. */
    private static final double SAME_TIME = 0.05;
    /** Tokens an answer spends besides its items: the terms list, the JSON around them. */
    private static final int ANSWER_OVERHEAD = 120;
    /** Output weighs about four times input in the prices of the models people use, when no price is known. */
    private static final Price RELATIVE = new Price(1, 4);

    /**
     * The plan chosen: the segments of each request, in order, and what it weighed.
     */
    record Plan(List<List<Segment>> batches, BatchPlan described) {}

    private final int ceilingTokens;
    private final PlanGoal goal;
    private final Latency latency;
    private final Price price;
    private final int instructionTokens;

    /**
     * @param ceilingTokens     the most source tokens in one batch ({@code --batch-tokens})
     * @param price             the model's price, or {@code null} to weigh tokens by the usual ratio
     * @param instructionTokens what every request repeats: instructions, title and context
     */
    BatchPlanner(int ceilingTokens, PlanGoal goal, Latency latency, Price price, int instructionTokens) {
        this.ceilingTokens = ceilingTokens;
        this.goal = goal;
        this.latency = latency;
        this.price = price;
        this.instructionTokens = instructionTokens;
    }

    /**
     * @param runs  runs of consecutive segments that need a request (a segment the cache answers breaks a run:
     *              batches are never made across it)
     * @param slots requests this article may have in flight at once
     */
    Plan plan(List<List<Segment>> runs, int slots) {
        List<List<Segment>> cheapestBatches = cut(runs, ceilingTokens);
        BatchPlan.Expected cheapest = estimate(cheapestBatches, slots);
        if (goal == PlanGoal.CHEAPEST || slots <= 1) {
            return new Plan(cheapestBatches, describe(slots, cheapest, cheapest));
        }
        long total = runs.stream()
                .flatMap(List::stream)
                .mapToLong(BatchPlanner::tokens)
                .sum();
        int segments = (int) runs.stream().mapToLong(List::size).sum();
        List<Candidate> candidates = new ArrayList<>();
        candidates.add(new Candidate(cheapestBatches, cheapest));
        // from the fewest batches to one per slot and a wave beyond: more waves than that only add instructions
        int most = Math.min(segments, 2 * slots);
        for (int k = cheapest.requests() + 1; k <= most; k++) {
            int target = (int) Math.ceil((double) total / k);
            if (goal == PlanGoal.BALANCED && target < FLOOR_TOKENS) {
                break;
            }
            List<List<Segment>> batches = cut(runs, target);
            if (batches.size()
                    != candidates.get(candidates.size() - 1).batches().size()) {
                candidates.add(new Candidate(batches, estimate(batches, slots)));
            }
        }
        double allowed =
                goal == PlanGoal.BALANCED ? cheapest.cost() * (1 + PlanGoal.BALANCED_ALLOWANCE) : Double.MAX_VALUE;
        List<Candidate> affordable =
                candidates.stream().filter(c -> c.estimate().cost() <= allowed).toList();
        Duration fastest = affordable.stream()
                .map(c -> c.estimate().time())
                .min(Comparator.naturalOrder())
                .orElseThrow();
        long fastEnough = (long) (fastest.toNanos() * (1 + SAME_TIME));
        Candidate chosen = affordable.stream()
                .filter(c -> c.estimate().time().toNanos() <= fastEnough)
                .min(Comparator.comparingDouble(c -> c.estimate().cost()))
                .orElseThrow();
        return new Plan(chosen.batches(), describe(slots, chosen.estimate(), cheapest));
    }

    private BatchPlan describe(int slots, BatchPlan.Expected chosen, BatchPlan.Expected cheapest) {
        return new BatchPlan(goal, slots, latency, chosen, cheapest, price != null);
    }

    private record Candidate(List<List<Segment>> batches, BatchPlan.Expected estimate) {}

    /**
     * Each run cut into batches of about {@code target} source tokens: a batch ends where ending it comes closer to
     * the target than going on, and never past {@link #ceilingTokens}, {@link TranslateStage#MAX_BATCH_OUTPUT_TOKENS}
     * of expected answer or {@link TranslateStage#MAX_SEGMENTS_PER_BATCH} segments.
     */
    List<List<Segment>> cut(List<List<Segment>> runs, int target) {
        List<List<Segment>> batches = new ArrayList<>();
        for (List<Segment> run : runs) {
            List<Segment> batch = new ArrayList<>();
            int tokens = 0;
            int output = 0;
            for (Segment segment : run) {
                int size = tokens(segment);
                int expected = ParagraphRequests.expectedTokens(segment.text());
                boolean full = tokens + size > ceilingTokens
                        || output + expected > TranslateStage.MAX_BATCH_OUTPUT_TOKENS
                        || batch.size() >= TranslateStage.MAX_SEGMENTS_PER_BATCH;
                boolean nearer = tokens + size > target && (tokens + size - target) > (target - tokens);
                if (!batch.isEmpty() && (full || nearer)) {
                    batches.add(batch);
                    batch = new ArrayList<>();
                    tokens = 0;
                    output = 0;
                }
                batch.add(segment);
                tokens += size;
                output += expected;
            }
            if (!batch.isEmpty()) {
                batches.add(batch);
            }
        }
        return batches;
    }

    /** What the batches are expected to cost and take, sent in order {@code slots} at a time. */
    BatchPlan.Expected estimate(List<List<Segment>> batches, int slots) {
        long input = 0;
        long output = 0;
        List<Long> answers = new ArrayList<>(batches.size());
        for (List<Segment> batch : batches) {
            long in = instructionTokens;
            long out = ANSWER_OVERHEAD;
            for (Segment segment : batch) {
                in += tokens(segment);
                out += ParagraphRequests.expectedTokens(segment.text());
            }
            input += in;
            output += out;
            answers.add(out);
        }
        double cost = (price != null ? price : RELATIVE).cost(input, output);
        return new BatchPlan.Expected(batches.size(), input, output, latency.ofAll(answers, slots), cost);
    }

    private static int tokens(Segment segment) {
        return TranslateStage.approxTokens(segment.text());
    }
}
