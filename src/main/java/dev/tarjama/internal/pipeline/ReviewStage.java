package dev.tarjama.internal.pipeline;

import dev.tarjama.Cancellation;
import dev.tarjama.Reporter;
import dev.tarjama.ReviewMode;
import dev.tarjama.internal.llm.ModelCall;
import dev.tarjama.internal.llm.RequestFailedException;
import dev.tarjama.model.Flag;
import dev.tarjama.model.TranslatedParagraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An optional second opinion: the model reviews translated paragraphs in batches, MQM style, and every error it
 * names becomes a flag of its own kind ({@value #CHECK}), worded as the model's judgement so that an editor tells it
 * from the deterministic checks. A review that fails leaves the paragraphs as they were, with a warning.
 */
final class ReviewStage implements Stage<Work.Aligned, Work.Aligned> {
    static final String CHECK = "review";
    /** Source characters per review request: about 1,500 tokens of Arabic, as for translation batches. */
    private static final int BATCH_CHARS = 4_200;

    private final ModelCall model;
    private final ReviewRequests requests;
    private final ReviewMode review;
    private final Reporter listener;
    private final Cancellation cancellation;
    private final Dispatcher dispatcher;

    ReviewStage(
            ModelCall model,
            ReviewRequests requests,
            ReviewMode review,
            Reporter listener,
            Cancellation cancellation,
            Dispatcher dispatcher) {
        this.model = model;
        this.requests = requests;
        this.review = review;
        this.listener = listener;
        this.cancellation = cancellation;
        this.dispatcher = dispatcher;
    }

    @Override
    public Work.Aligned apply(Work.Aligned aligned) {
        if (review == ReviewMode.OFF || cancellation.isCancelled()) {
            return aligned;
        }
        List<TranslatedParagraph> chosen = aligned.paragraphs().stream()
                .filter(TranslatedParagraph::isOk)
                .filter(p -> review == ReviewMode.ALL || p.isFlagged())
                .toList();
        List<List<TranslatedParagraph>> batches = batches(chosen);
        if (batches.isEmpty()) {
            return aligned;
        }
        listener.followUpStarted("review", chosen.size());
        AtomicInteger done = new AtomicInteger();
        // the batches go out together, as translation batches do: a long article's review costs one wait, not many
        Map<Integer, List<Flag>> found = new HashMap<>();
        dispatcher
                .runAll(
                        batches,
                        batch -> findings(aligned, batch),
                        batch -> Map.<Integer, List<Flag>>of(),
                        (batch, result) -> listener.followUpProgress(done.addAndGet(batch.size())))
                .forEach(found::putAll);
        if (found.isEmpty()) {
            return aligned;
        }
        List<TranslatedParagraph> paragraphs =
                new ArrayList<>(aligned.paragraphs().size());
        for (TranslatedParagraph p : aligned.paragraphs()) {
            List<Flag> added = found.get(p.index());
            if (added == null) {
                paragraphs.add(p);
            } else {
                List<Flag> flags = new ArrayList<>(p.flags());
                flags.addAll(added);
                paragraphs.add(p.withChecks(flags, p.rechecked()));
            }
        }
        return new Work.Aligned(aligned.glossed(), paragraphs);
    }

    /** The review of one batch: its findings by paragraph, none when the request failed (which is said). */
    private Map<Integer, List<Flag>> findings(Work.Aligned aligned, List<TranslatedParagraph> batch) {
        Map<Integer, List<Flag>> found = new HashMap<>();
        try {
            var answer = model.ask(requests.question(
                    aligned.glossed().article(), batch, aligned.glossed().usage()));
            for (ReviewRequests.Finding finding : answer.value()) {
                batch.stream()
                        .filter(p -> ("p" + p.index()).equals(finding.id()))
                        .findFirst()
                        .ifPresent(p -> found.computeIfAbsent(p.index(), i -> new ArrayList<>())
                                .add(flag(finding)));
            }
        } catch (RequestFailedException e) {
            listener.reviewFailed("the review of " + batch.size() + " paragraphs failed: " + e.getMessage());
        }
        return found;
    }

    /** "model's judgement, major accuracy/omission: «…» — explanation". */
    static Flag flag(ReviewRequests.Finding finding) {
        return new Flag(
                CHECK,
                "model's judgement, " + finding.severity() + " " + finding.category() + ": «" + finding.span() + "»"
                        + (finding.explanation().isEmpty() ? "" : " — " + finding.explanation()));
    }

    private static List<List<TranslatedParagraph>> batches(List<TranslatedParagraph> paragraphs) {
        List<List<TranslatedParagraph>> batches = new ArrayList<>();
        List<TranslatedParagraph> batch = new ArrayList<>();
        int chars = 0;
        for (TranslatedParagraph p : paragraphs) {
            if (!batch.isEmpty() && chars + p.source().text().length() > BATCH_CHARS) {
                batches.add(batch);
                batch = new ArrayList<>();
                chars = 0;
            }
            batch.add(p);
            chars += p.source().text().length();
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }
}
