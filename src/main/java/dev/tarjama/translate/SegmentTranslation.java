package dev.tarjama.translate;

import dev.tarjama.model.Flag;
import java.util.List;

/**
 * The answer kept for one segment: its translation, one-line summary, what the checks still find wrong with it,
 * and whether it was asked for a second time because the first failed a check.
 */
record SegmentTranslation(String translation, String summary, List<Flag> flags, boolean rechecked) {
    SegmentTranslation {
        flags = List.copyOf(flags);
    }

    static SegmentTranslation unchecked(String translation, String summary) {
        return new SegmentTranslation(translation, summary, List.of(), false);
    }

    /** A paragraph's text from its segments' parts, the way every renderer and the brief's cache key see it. */
    static String join(List<String> parts) {
        return parts.stream().filter(p -> p != null && !p.isBlank()).map(String::strip)
                .collect(java.util.stream.Collectors.joining(" "));
    }

    SegmentTranslation checked(List<Flag> found, boolean again) {
        return new SegmentTranslation(translation, summary, found, again);
    }
}
