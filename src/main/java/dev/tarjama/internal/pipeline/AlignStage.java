package dev.tarjama.internal.pipeline;

import dev.tarjama.internal.check.AlignmentCheck;
import dev.tarjama.model.Article;
import dev.tarjama.model.Flag;
import dev.tarjama.model.Paragraph;
import dev.tarjama.model.TranslatedParagraph;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Puts each paragraph back together from its segments (a paragraph failed if any of its segments did) and runs the
 * alignment check over the whole article.
 */
final class AlignStage implements Stage<Work.Translated, Work.Aligned> {
    @Override
    public Work.Aligned apply(Work.Translated translated) {
        Article article = translated.glossed().article();
        List<TranslatedParagraph> paragraphs =
                new ArrayList<>(article.paragraphs().size());
        int next = 0;
        List<Work.Checked> segments = translated.segments();
        for (Paragraph paragraph : article.paragraphs()) {
            List<Work.Checked> parts =
                    segments.subList(next, next + paragraph.segments().size());
            next += paragraph.segments().size();
            paragraphs.add(join(paragraph, parts));
        }
        return new Work.Aligned(translated.glossed(), AlignmentCheck.check(article.paragraphs(), paragraphs));
    }

    private static TranslatedParagraph join(Paragraph paragraph, List<Work.Checked> parts) {
        for (Work.Checked part : parts) {
            if (part.segment().paragraph() != paragraph.index()) {
                throw new IllegalStateException(
                        "segment " + part.segment().id() + " is out of place at paragraph " + paragraph.index());
            }
            if (!part.ok()) {
                return TranslatedParagraph.failed(paragraph, part.error());
            }
        }
        List<Flag> flags = parts.stream().flatMap(p -> p.flags().stream()).toList();
        return TranslatedParagraph.ok(
                        paragraph,
                        join(parts.stream().map(Work.Checked::translation).toList()),
                        join(parts.stream().map(Work.Checked::summary).toList()))
                .withChecks(flags, parts.stream().anyMatch(Work.Checked::rechecked));
    }

    /** A paragraph's text from its segments' parts, the way every renderer and the brief's cache key see it. */
    static String join(List<String> parts) {
        return parts.stream()
                .filter(p -> p != null && !p.isBlank())
                .map(String::strip)
                .collect(Collectors.joining(" "));
    }
}
