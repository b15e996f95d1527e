package dev.tarjama.internal.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tarjama.Reporter;
import dev.tarjama.internal.glossary.Glossary;
import dev.tarjama.internal.llm.MalformedAnswerException;
import dev.tarjama.internal.llm.ModelCall;
import dev.tarjama.internal.llm.RequestFailedException;
import dev.tarjama.model.Article;
import dev.tarjama.model.GlossaryEntry;
import dev.tarjama.model.Paragraph;
import java.util.ArrayList;
import java.util.List;

/**
 * The article's agreed renderings: the user's own, then, with the glossary pass, what one request over the whole
 * article proposes for the terms the user did not settle — one request per part of an article longer than the
 * context budget, a term proposed differently by two parts taking the rendering most parts gave. Without the pass,
 * or when its requests fail, the user's entries alone.
 */
final class GlossaryStage implements Stage<Work.Loaded, Work.Glossed> {
    static final String LABEL = "glossary";

    private final ModelCall model;
    private final GlossaryRequests requests;
    private final Reporter listener;
    private final int partBudget;

    /**
     * @param requests      the glossary pass's requests, or {@code null} to skip the pass
     * @param contextTokens the most tokens one glossary request may take
     */
    GlossaryStage(ModelCall model, GlossaryRequests requests, Reporter listener, int contextTokens) {
        this.model = model;
        this.requests = requests;
        this.listener = listener;
        this.partBudget = Math.max(1_000, contextTokens - BriefStage.RESERVED_TOKENS);
    }

    @Override
    public Work.Glossed apply(Work.Loaded loaded) {
        String text = loaded.article().text("\n");
        Glossary glossary = Glossary.merge(loaded.given(), List.of(), text);
        if (requests != null) {
            listener.glossaryStarted();
            List<String> parts = parts(loaded.article());
            List<GlossaryEntry> proposed = new ArrayList<>();
            try {
                for (int i = 0; i < parts.size(); i++) {
                    String label = parts.size() == 1 ? LABEL : LABEL + ", part " + (i + 1) + " of " + parts.size();
                    proposed.addAll(model.ask(requests.question(loaded.article(), parts.get(i), label, loaded.usage()))
                            .value());
                }
            } catch (RequestFailedException e) {
                if (!e.isInterrupted()) {
                    listener.glossaryFailed(e.getMessage()); // the terminology check then has less to hold on to
                }
            }
            glossary = glossary.withMostUsed(proposed, text);
        }
        return new Work.Glossed(loaded.article(), glossary, loaded.usage());
    }

    /**
     * A bound on a source text's tokens that holds where the batching estimate (2.8 characters a token) only
     * averages: o200k reads the Tatoeba Arabic at 2.55 characters a token, and short or vowelled text at fewer.
     */
    static int tokensAtMost(String text) {
        return (int) Math.ceil(text.length() / 2.2);
    }

    /**
     * The article's text in consecutive runs within the budget: whole paragraphs where they fit, a paragraph too long
     * for a part taken by its segments (what translation cuts it into), so that no request outgrows the context.
     */
    private List<String> parts(Article article) {
        List<String> pieces = new java.util.ArrayList<>();
        for (Paragraph p : article.paragraphs()) {
            if (tokensAtMost(p.text()) + 2 <= partBudget) {
                pieces.add(p.text());
            } else {
                pieces.addAll(Runs.cut(p.segments(), GlossaryStage::tokensAtMost, partBudget / 2));
            }
        }
        return Runs.within(pieces, text -> tokensAtMost(text) + 2, partBudget).stream()
                .map(run -> String.join("\n\n", run))
                .toList();
    }

    static List<GlossaryEntry> parse(String answer) {
        JsonNode json = JsonAnswers.object(answer, LABEL);
        if (!json.has("terms") || !json.get("terms").isArray()) {
            throw new MalformedAnswerException(LABEL + ": the model answered with no terms field");
        }
        return Terms.parse(json, "terms");
    }
}
