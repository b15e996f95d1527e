package dev.tarjama.model;

import java.util.List;

/**
 * The English brief of an article. Key points and figures cite the paragraphs they come from, by index.
 *
 * @param headline    one line
 * @param summary     two to four sentences
 * @param keyPoints   three to six points
 * @param keyFigures  numbers that matter, each with what it refers to
 * @param entities    people, organisations and other names, with their original spelling
 */
public record Brief(
        String headline, String summary, List<KeyPoint> keyPoints, List<KeyFigure> keyFigures, List<Entity> entities) {
    public Brief {
        keyPoints = List.copyOf(keyPoints);
        keyFigures = List.copyOf(keyFigures);
        entities = List.copyOf(entities);
    }

    /** A point and the paragraphs it comes from; {@code flags} say what a check found wrong with its citations. */
    public record KeyPoint(String text, List<Integer> sources, List<String> flags) {
        public KeyPoint {
            sources = List.copyOf(sources);
            flags = List.copyOf(flags);
        }
    }

    /** A figure quoted in the article, what it measures, and the paragraphs that state it. */
    public record KeyFigure(String figure, String context, List<Integer> sources, List<String> flags) {
        public KeyFigure {
            sources = List.copyOf(sources);
            flags = List.copyOf(flags);
        }
    }

    /** A named entity: its English rendering, its original spelling and its type. */
    public record Entity(String name, String original, String type) {}

    /** Every flag on the brief's points and figures. */
    public List<String> allFlags() {
        List<String> all = new java.util.ArrayList<>();
        keyPoints.forEach(p -> p.flags().forEach(f -> all.add("key point \"" + p.text() + "\": " + f)));
        keyFigures.forEach(f -> f.flags().forEach(x -> all.add("key figure \"" + f.figure() + "\": " + x)));
        return all;
    }
}
