package dev.tarjama.cli;

import dev.tarjama.PlanGoal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The values shell completion offers for the options that take one of a fixed set. */
final class CompletionValues {
    private CompletionValues() {}

    /** {@code -f/--format}: every format, and {@code all}. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            List<String> names = new ArrayList<>(dev.tarjama.api.Tarjama.formatNames());
            names.add("all");
            return names.iterator();
        }
    }

    /** {@code --backend}. */
    static final class BackendNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("auto", "openai", "anthropic", "gemini", "ollama", "local")
                    .iterator();
        }
    }

    /** {@code --paper}. */
    static final class PaperNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("a4", "letter").iterator();
        }
    }

    /** {@code --review}. */
    static final class ReviewNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("all", "flagged").iterator();
        }
    }

    /** {@code --plan}. */
    static final class PlanNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return java.util.Arrays.stream(PlanGoal.values())
                    .map(PlanGoal::flagName)
                    .iterator();
        }
    }
}
