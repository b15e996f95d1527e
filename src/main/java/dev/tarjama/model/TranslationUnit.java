package dev.tarjama.model;

import java.util.List;

/**
 * One unit of work: the segments answered by one request, in source order. Each segment is cached, checked and
 * re-asked on its own, whatever unit it travelled in.
 *
 * @param segments never empty
 */
public record TranslationUnit(List<Segment> segments) {
    public TranslationUnit {
        segments = List.copyOf(segments);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("a unit needs a segment");
        }
    }

    public static TranslationUnit of(Segment segment) {
        return new TranslationUnit(List.of(segment));
    }

    /** What messages call the unit: its only segment's label, or the range of paragraphs it covers. */
    public String label() {
        if (segments.size() == 1) {
            return segments.get(0).label();
        }
        return "paragraphs " + segments.get(0).paragraph() + "–"
                + segments.get(segments.size() - 1).paragraph();
    }
}
