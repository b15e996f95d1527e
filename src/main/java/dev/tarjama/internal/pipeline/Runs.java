package dev.tarjama.internal.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/** Consecutive runs of items within a token budget: how a long article is taken in parts. */
final class Runs {
    private Runs() {}

    /** The items in order, cut into runs whose sizes add up to at most {@code budget}; an item larger alone. */
    static <T> List<List<T>> within(List<T> items, ToIntFunction<T> size, int budget) {
        List<List<T>> runs = new ArrayList<>();
        List<T> run = new ArrayList<>();
        int total = 0;
        for (T item : items) {
            int tokens = size.applyAsInt(item);
            if (!run.isEmpty() && total + tokens > budget) {
                runs.add(run);
                run = new ArrayList<>();
                total = 0;
            }
            run.add(item);
            total += tokens;
        }
        runs.add(run);
        return runs;
    }
}
