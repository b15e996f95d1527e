package dev.tarjama.model;

import java.util.List;

/**
 * The English brief of an article.
 *
 * @param headline    one line
 * @param summary     two to four sentences
 * @param keyPoints   three to six points
 * @param keyFigures  numbers that matter, each with what it refers to
 * @param entities    people, organisations and other names, with their original spelling
 */
public record Brief(String headline, String summary, List<String> keyPoints, List<KeyFigure> keyFigures,
                    List<Entity> entities) {
    public Brief {
        keyPoints = List.copyOf(keyPoints);
        keyFigures = List.copyOf(keyFigures);
        entities = List.copyOf(entities);
    }

    /** A figure quoted in the article and what it measures. */
    public record KeyFigure(String figure, String context) {
    }

    /** A named entity: its English rendering, its original spelling and its type. */
    public record Entity(String name, String original, String type) {
    }
}
