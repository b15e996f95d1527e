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

    /**
     * The texts, none of them over {@code budget}: one that is longer is cut at spaces where it can be, else where it
     * must. The pieces of a paragraph too long for one request, each short enough to travel in one.
     */
    static List<String> cut(List<String> texts, ToIntFunction<String> size, int budget) {
        List<String> pieces = new ArrayList<>();
        for (String text : texts) {
            String rest = text;
            while (size.applyAsInt(rest) > budget) {
                // the share of the text that fits, found from its size: sizes grow with the length
                int length = Math.max(1, (int) ((long) rest.length() * budget / Math.max(1, size.applyAsInt(rest))));
                int at = rest.lastIndexOf(' ', length);
                int end = at > length / 2 ? at : length;
                pieces.add(rest.substring(0, end).strip());
                rest = rest.substring(end).strip();
            }
            if (!rest.isEmpty()) {
                pieces.add(rest);
            }
        }
        return pieces;
    }
}
