package dev.tarjama.run;

import dev.tarjama.llm.TokenEstimator;
import dev.tarjama.model.Article;
import dev.tarjama.model.Paragraph;
import dev.tarjama.prompt.PromptKind;
import dev.tarjama.prompt.PromptLibrary;
import dev.tarjama.translate.RequestPlanner;
import java.util.Map;

/**
 * What a run would send and roughly what it would cost, computed without calling anything: the paragraph
 * requests not answered by the cache are rendered exactly as they would go out and counted with OpenAI's o200k
 * tokenizer; outputs and the brief are estimated from the source's size.
 *
 * @param article           the article as segmented
 * @param paragraphRequests paragraph requests still to send (cache hits excluded)
 * @param cachedSegments    segments whose answers are cached
 * @param briefRequests     1, or 0 when the brief is cached too
 * @param glossaryRequests  1 when the glossary pass would be sent, else 0
 * @param inputTokens       estimated input tokens
 * @param outputTokens      estimated output tokens
 */
public record DryRunPlan(Article article, int paragraphRequests, int cachedSegments, int briefRequests,
                         int glossaryRequests, long inputTokens, long outputTokens) {
    /** Per-request JSON wrapping and the one-line summary, in tokens. */
    private static final int ANSWER_OVERHEAD = 45;
    /** A brief is a few hundred words of JSON. */
    private static final int BRIEF_OUTPUT = 600;
    /** English takes fewer tokens than the Arabic it translates; 0.8 errs on the side of a higher bill. */
    private static final double OUTPUT_PER_SOURCE_TOKEN = 0.8;

    /** A glossary answer lists a few dozen terms. */
    private static final int GLOSSARY_OUTPUT = 800;

    public int requests() {
        return paragraphRequests + briefRequests + glossaryRequests;
    }

    static DryRunPlan of(Article article, RequestPlanner.Plan plan, PromptLibrary prompts) {
        long input = 0;
        long output = 0;
        for (RequestPlanner.Pending pending : plan.toSend()) {
            input += TokenEstimator.input(pending.request());
            output += Math.round(TokenEstimator.count(pending.paragraph().segments().get(pending.segment()))
                    * OUTPUT_PER_SOURCE_TOKEN) + ANSWER_OVERHEAD;
        }
        int briefRequests = plan.briefCached() ? 0 : 1;
        if (briefRequests == 1) {
            long sourceTokens = 0;
            for (Paragraph p : article.paragraphs()) {
                sourceTokens += TokenEstimator.count(p.text());
            }
            String briefSystem = prompts.get(PromptKind.BRIEF).system(Map.of(
                    "fence", "000000000000", "paragraphs", "", "title", "", "source_language", article.language(),
                    "source_language_name", article.language(), "target_language", "en", "target_language_name", "English"));
            input += TokenEstimator.count(briefSystem) + sourceTokens + Math.round(sourceTokens * OUTPUT_PER_SOURCE_TOKEN);
            output += BRIEF_OUTPUT;
        }
        int glossaryRequests = plan.glossaryNeeded() ? 1 : 0;
        if (glossaryRequests == 1) {
            input += TokenEstimator.input(plan.glossary());
            output += GLOSSARY_OUTPUT;
        }
        return new DryRunPlan(article, plan.toSend().size(), article.segmentCount() - plan.toSend().size(),
                briefRequests, glossaryRequests, input, output);
    }
}
