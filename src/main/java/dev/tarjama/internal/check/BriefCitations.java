package dev.tarjama.internal.check;

import dev.tarjama.model.Brief;
import dev.tarjama.model.TranslatedParagraph;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Holds the brief to its sources: every key point and figure cites paragraphs that exist, and every number in a
 * key figure occurs in the paragraphs it cites (in the source or the translation) — no invented numbers.
 */
public final class BriefCitations {
    private BriefCitations() {}

    /** The brief with each point and figure carrying what is wrong with its citations. */
    public static Brief check(
            Brief brief, List<TranslatedParagraph> paragraphs, String sourceLanguage, String targetLanguage) {
        List<Brief.KeyPoint> points = new ArrayList<>();
        for (Brief.KeyPoint point : brief.keyPoints()) {
            points.add(new Brief.KeyPoint(point.text(), point.sources(), citationFlags(point.sources(), paragraphs)));
        }
        List<Brief.KeyFigure> figures = new ArrayList<>();
        for (Brief.KeyFigure figure : brief.keyFigures()) {
            List<String> flags = citationFlags(figure.sources(), paragraphs);
            if (flags.isEmpty()) {
                flags = numberFlags(figure, paragraphs, sourceLanguage, targetLanguage);
            }
            figures.add(new Brief.KeyFigure(figure.figure(), figure.context(), figure.sources(), flags));
        }
        return new Brief(brief.headline(), brief.summary(), points, figures, brief.entities());
    }

    private static List<String> citationFlags(List<Integer> sources, List<TranslatedParagraph> paragraphs) {
        if (sources.isEmpty()) {
            return List.of("cites no paragraph");
        }
        List<Integer> unknown =
                sources.stream().filter(id -> id < 0 || id >= paragraphs.size()).toList();
        return unknown.isEmpty() ? List.of() : List.of("cites paragraphs that do not exist: " + unknown);
    }

    private static List<String> numberFlags(
            Brief.KeyFigure figure,
            List<TranslatedParagraph> paragraphs,
            String sourceLanguage,
            String targetLanguage) {
        List<NumberMention> cited = new ArrayList<>();
        for (int id : figure.sources()) {
            TranslatedParagraph p = paragraphs.get(id);
            cited.addAll(NumbersCheck.numbers(p.source().text(), sourceLanguage));
            if (p.translation() != null) {
                cited.addAll(NumbersCheck.numbers(p.translation(), targetLanguage));
            }
        }
        Set<String> invented = new LinkedHashSet<>();
        for (NumberMention n : NumbersCheck.numbers(figure.figure(), targetLanguage)) {
            if (n.required() && cited.stream().noneMatch(c -> c.accountsFor(n))) {
                invented.add(n.text());
            }
        }
        NumbersCheck.dropContained(invented);
        return invented.isEmpty()
                ? List.of()
                : List.of(String.join(", ", invented) + " does not occur in the cited paragraphs " + figure.sources());
    }
}
