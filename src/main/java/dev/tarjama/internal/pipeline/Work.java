package dev.tarjama.internal.pipeline;

import dev.tarjama.internal.glossary.Glossary;
import dev.tarjama.internal.llm.UsageMeter;
import dev.tarjama.model.Article;
import dev.tarjama.model.Brief;
import dev.tarjama.model.Flag;
import dev.tarjama.model.GlossaryEntry;
import dev.tarjama.model.Segment;
import dev.tarjama.model.TranslatedParagraph;
import dev.tarjama.model.TranslationUnit;
import java.util.List;

/** The records that pass between the stages of the pipeline, in the order they appear. */
final class Work {
    private Work() {}

    /**
     * An article entering the pipeline.
     *
     * @param article the segmented article
     * @param given   renderings given by the user (their file, the standing glossaries of the article's source)
     * @param usage   what this article's requests spend
     */
    record Loaded(Article article, List<GlossaryEntry> given, UsageMeter usage) {}

    /** The article with its agreed renderings. */
    record Glossed(Article article, Glossary glossary, UsageMeter usage) {}

    /** One unit of an article, ready to ask about. */
    record Unit(Glossed glossed, TranslationUnit unit) {}

    /**
     * The model's answer for one segment, before any check.
     *
     * @param terms   the names and terms the model says the segment contains, with the renderings it used
     * @param error   why there is no translation, or {@code null}
     * @param planned a dry run's placeholder: nothing to check
     */
    record Draft(
            Segment segment,
            String translation,
            String summary,
            List<GlossaryEntry> terms,
            String error,
            boolean planned) {
        Draft {
            terms = List.copyOf(terms);
        }

        static Draft failed(Segment segment, String error) {
            return new Draft(segment, null, null, List.of(), error, false);
        }
    }

    /** A unit's drafts, segment by segment. */
    record Drafted(Glossed glossed, List<Draft> drafts) {}

    /**
     * A segment's translation as kept after the checks, with what they still find wrong.
     *
     * @param terms     the names and terms of the kept answer, with the renderings it used
     * @param rechecked the first answer failed a check and was asked for again
     * @param error     why there is no translation, or {@code null}
     */
    record Checked(
            Segment segment,
            String translation,
            String summary,
            List<GlossaryEntry> terms,
            List<Flag> flags,
            boolean rechecked,
            String error) {
        Checked {
            terms = List.copyOf(terms);
            flags = List.copyOf(flags);
        }

        static Checked failed(Segment segment, String error) {
            return new Checked(segment, null, null, List.of(), List.of(), false, error);
        }

        boolean ok() {
            return error == null;
        }
    }

    /** Every segment of the article, checked, in source order. */
    record Translated(Glossed glossed, List<Checked> segments) {}

    /** The article's paragraphs, put back together and aligned with their sources. */
    record Aligned(Glossed glossed, List<TranslatedParagraph> paragraphs) {}

    /** The aligned article and its brief, or why it has none. */
    record Briefed(Aligned aligned, Brief brief, String briefError) {}
}
