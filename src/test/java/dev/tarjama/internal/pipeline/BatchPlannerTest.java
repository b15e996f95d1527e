package dev.tarjama.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tarjama.BatchPlan;
import dev.tarjama.Latency;
import dev.tarjama.PlanGoal;
import dev.tarjama.Price;
import dev.tarjama.model.Segment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchPlannerTest {
    private static final Latency MODEL = Latency.DEFAULT;
    private static final Price MINI = new Price(0.40, 1.60);
    private static final int INSTRUCTIONS = 700;

    /** {@code n} segments of about {@code chars} Arabic characters each. */
    private static List<Segment> segments(int n, int chars) {
        return IntStream.range(0, n)
                .mapToObj(i -> new Segment(i, 0, 1, "ب".repeat(chars - 1) + " "))
                .toList();
    }

    private static BatchPlanner planner(PlanGoal goal) {
        return new BatchPlanner(1500, goal, MODEL, MINI, INSTRUCTIONS);
    }

    private static void coversInOrder(List<List<Segment>> batches, List<Segment> segments) {
        assertThat(batches.stream().flatMap(List::stream).toList()).containsExactlyElementsOf(segments);
        assertThat(batches).allSatisfy(batch -> assertThat(batch).isNotEmpty());
    }

    @Test
    void theCheapestPlanFillsBatchesToTheCeiling() {
        List<Segment> segments = segments(200, 180); // about 65 tokens each, 13,000 in all

        BatchPlanner.Plan plan = planner(PlanGoal.CHEAPEST).plan(List.of(segments), 8);

        coversInOrder(plan.batches(), segments);
        assertThat(plan.batches()).hasSize(9);
        assertThat(plan.described().chosen()).isEqualTo(plan.described().cheapest());
    }

    @Test
    void aBalancedPlanUsesTheFreeSlotsWithinItsCostAllowance() {
        List<Segment> segments = segments(200, 180);

        BatchPlan plan = planner(PlanGoal.BALANCED).plan(List.of(segments), 8).described();

        assertThat(plan.chosen().requests()).isGreaterThan(plan.cheapest().requests());
        assertThat(plan.chosen().time())
                .isLessThan(plan.cheapest().time().multipliedBy(3).dividedBy(4));
        assertThat(plan.chosen().cost())
                .isLessThanOrEqualTo(plan.cheapest().cost() * (1 + PlanGoal.BALANCED_ALLOWANCE));
    }

    @Test
    void aFastestPlanIsNeverSlowerThanABalancedOneAndABalancedOneNeverCostsMore() {
        for (int n : List.of(3, 20, 60, 200)) {
            List<Segment> segments = segments(n, 180);
            BatchPlan balanced =
                    planner(PlanGoal.BALANCED).plan(List.of(segments), 8).described();
            BatchPlan fastest =
                    planner(PlanGoal.FASTEST).plan(List.of(segments), 8).described();

            assertThat(fastest.chosen().time())
                    .as("%d segments", n)
                    .isLessThanOrEqualTo(balanced.chosen().time());
            assertThat(balanced.chosen().cost())
                    .as("%d segments", n)
                    .isLessThanOrEqualTo(fastest.chosen().cost());
        }
    }

    @Test
    void aBalancedBatchKeepsAFloorOfSourceTokens() {
        List<Segment> segments = segments(40, 100); // about 36 tokens each

        BatchPlanner.Plan plan = planner(PlanGoal.BALANCED).plan(List.of(segments), 64);

        coversInOrder(plan.batches(), segments);
        long total = segments.stream()
                .mapToLong(s -> TranslateStage.approxTokens(s.text()))
                .sum();
        assertThat(total / plan.batches().size()).isGreaterThanOrEqualTo(BatchPlanner.FLOOR_TOKENS - 50);
    }

    @Test
    void withOneSlotTheCheapestPlanIsTheFastestToo() {
        List<Segment> segments = segments(60, 180);

        BatchPlanner.Plan plan = planner(PlanGoal.FASTEST).plan(List.of(segments), 1);

        assertThat(plan.described().chosen().requests())
                .isEqualTo(plan.described().cheapest().requests());
    }

    @Test
    void aBatchNeverReachesAcrossASegmentTheCacheAnswered() {
        List<Segment> all = segments(30, 180);
        List<List<Segment>> runs = List.of(all.subList(0, 10), all.subList(11, 30)); // segment 10 cached

        for (PlanGoal goal : PlanGoal.values()) {
            BatchPlanner.Plan plan = planner(goal).plan(runs, 8);

            List<Segment> expected = new ArrayList<>(all);
            expected.remove(10);
            coversInOrder(plan.batches(), expected);
            assertThat(plan.batches())
                    .as(goal.name())
                    .noneSatisfy(batch -> assertThat(batch).contains(all.get(9), all.get(11)));
        }
    }

    @Test
    void theModelsTimeIsItsFirstTokenPlusItsTokensWithAnswersSentAsSlotsFreeUp() {
        Latency latency = new Latency(Duration.ofMillis(500), Duration.ofMillis(10));

        assertThat(latency.of(100)).isEqualTo(Duration.ofMillis(1500));
        assertThat(latency.ofAll(List.of(100L, 100L, 100L), 2)).isEqualTo(Duration.ofMillis(3000));
        assertThat(latency.ofAll(List.of(300L, 100L, 100L), 2)).isEqualTo(Duration.ofMillis(3500));
        assertThat(latency.ofAll(List.of(), 8)).isEqualTo(Duration.ZERO);
    }
}
