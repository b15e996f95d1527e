package dev.tarjama.pipeline;

import dev.tarjama.glossary.Glossary;
import dev.tarjama.llm.UsageMeter;
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
     * @param error   why there is no translation, or {@code null}
     * @param planned a dry run's placeholder: nothing to check
     */
    record Draft(Segment segment, String translation, String summary, String error, boolean planned) {
        static Draft failed(Segment segment, String error) {
            return new Draft(segment, null, null, error, false);
        }
    }

    /** A unit's drafts, segment by segment. */
    record Drafted(Glossed glossed, List<Draft> drafts) {}

    /**
     * A segment's translation as kept after the checks, with what they still find wrong.
     *
     * @param rechecked the first answer failed a check and was asked for again
     * @param error     why there is no translation, or {@code null}
     */
    record Checked(
            Segment segment, String translation, String summary, List<Flag> flags, boolean rechecked, String error) {
        Checked {
            flags = List.copyOf(flags);
        }

        static Checked failed(Segment segment, String error) {
            return new Checked(segment, null, null, List.of(), false, error);
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
