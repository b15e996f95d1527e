package dev.tarjama.pipeline;

import dev.tarjama.llm.Answer;
import dev.tarjama.llm.ModelCall;
import dev.tarjama.llm.Question;
import dev.tarjama.llm.RequestFailedException;
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

    /** Whether the unit's segments must all be requested, or some come from the cache; counts the requests. */
    int requestsNeeded(Work.Unit unit) {
        int needed = 0;
        for (Segment segment : unit.unit().segments()) {
            if (!model.answeredWithoutRequest(question(unit.glossed(), segment, ""))) {
                needed++;
            }
        }
        return needed;
    }

    private Question<ParagraphRequests.SegmentAnswer> question(Work.Glossed glossed, Segment segment, String feedback) {
        return requests.question(glossed.article(), glossed.glossary(), segment, feedback, glossed.usage());
    }
}
