package dev.tarjama.pipeline;

import dev.tarjama.check.CheckInput;
import dev.tarjama.check.ParagraphChecks;
import dev.tarjama.glossary.Glossary;
import dev.tarjama.llm.Answer;
import dev.tarjama.llm.ModelCall;
import dev.tarjama.llm.Question;
import dev.tarjama.llm.RequestFailedException;
import dev.tarjama.llm.UsageMeter;
import dev.tarjama.model.Article;
import dev.tarjama.model.Segment;
import java.util.ArrayList;
import java.util.List;

/** Asks the model for a unit's translations: one draft per segment, or the reason it has none. */
final class TranslateStage implements Stage<Work.Unit, Work.Drafted> {
    private final ModelCall model;
    private final ParagraphRequests requests;

    TranslateStage(ModelCall model, ParagraphRequests requests) {
        this.model = model;
        this.requests = requests;
    }

    @Override
    public Work.Drafted apply(Work.Unit unit) {
        List<Work.Draft> drafts = new ArrayList<>();
        for (Segment segment : unit.unit().segments()) {
            drafts.add(ask(unit.glossed(), segment, ""));
        }
        return new Work.Drafted(unit.glossed(), drafts);
    }

    /** One segment's draft; {@code feedback} carries a check's findings when the first answer failed one. */
    Work.Draft ask(Work.Glossed glossed, Segment segment, String feedback) {
        try {
            Answer<ParagraphRequests.SegmentAnswer> answer = model.ask(question(glossed, segment, feedback));
            return new Work.Draft(
                    segment, answer.value().translation(), answer.value().summary(), null, answer.planned());
        } catch (RequestFailedException e) {
            return Work.Draft.failed(segment, e.getMessage());
        }
    }

    /**
     * Builds (without sending) the first segment's request and runs the checks on it once: the classes and code a
     * paragraph needs are then loaded and compiled while the glossary request is still out, instead of after it.
     */
    void prepare(Article article, ParagraphChecks checks, String targetLanguage) {
        if (article.paragraphs().isEmpty()) {
            return;
        }
        Segment first = article.segments().get(0);
        requests.question(article, Glossary.EMPTY, first, "", new UsageMeter(null))
                .request();
        checks.run(new CheckInput(first.text(), first.text(), article.language(), targetLanguage, List.of()));
    }

    /** How many of the units' segments need a request (the others' answers are in the cache). */
    int requestsNeeded(List<Work.Unit> units) {
        List<Question<ParagraphRequests.SegmentAnswer>> questions = new ArrayList<>();
        for (Work.Unit unit : units) {
            for (Segment segment : unit.unit().segments()) {
                questions.add(question(unit.glossed(), segment, ""));
            }
        }
        return questions.size() - model.answeredWithoutRequest(questions);
    }

    private Question<ParagraphRequests.SegmentAnswer> question(Work.Glossed glossed, Segment segment, String feedback) {
        return requests.question(glossed.article(), glossed.glossary(), segment, feedback, glossed.usage());
    }
}
