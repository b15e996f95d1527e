package dev.tarjama.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tarjama.glossary.Glossary;
import dev.tarjama.llm.MalformedAnswerException;
import dev.tarjama.llm.ModelCall;
import dev.tarjama.llm.RequestFailedException;
import dev.tarjama.model.GlossaryEntry;
import java.util.List;
import java.util.Locale;

/**
 * The article's agreed renderings: the user's own, then what one request over the whole article proposes for the
 * terms the user did not settle. Without the glossary pass, or when its request fails, the user's entries alone.
 */
final class GlossaryStage implements Stage<Work.Loaded, Work.Glossed> {
    static final String LABEL = "glossary";

    private final ModelCall model;
    private final GlossaryRequests requests;
    private final PipelineListener listener;

    /** @param requests the glossary pass's requests, or {@code null} to skip the pass */
    GlossaryStage(ModelCall model, GlossaryRequests requests, PipelineListener listener) {
        this.model = model;
        this.requests = requests;
        this.listener = listener;
    }

    @Override
    public Work.Glossed apply(Work.Loaded loaded) {
        List<GlossaryEntry> proposed = List.of();
        if (requests != null) {
            listener.glossaryStarted();
            try {
                proposed = model.ask(requests.question(loaded.article(), loaded.usage()))
                        .value();
            } catch (RequestFailedException e) {
                if (!e.isInterrupted()) {
                    listener.glossaryFailed(e.getMessage()); // the terminology check then has less to hold on to
                }
            }
        }
        Glossary glossary =
                Glossary.merge(loaded.given(), proposed, loaded.article().text("\n"));
        return new Work.Glossed(loaded.article(), glossary, loaded.usage());
    }

    static List<GlossaryEntry> parse(String answer) {
        JsonNode json = JsonAnswers.object(answer, LABEL);
        if (!json.has("terms") || !json.get("terms").isArray()) {
            throw new MalformedAnswerException(LABEL + ": the model answered with no terms field");
        }
        return JsonAnswers.array(json, "terms").stream()
                .map(t -> new GlossaryEntry(
                        JsonAnswers.optionalText(t, "source"),
                        JsonAnswers.optionalText(t, "target"),
                        type(JsonAnswers.optionalText(t, "type")),
                        JsonAnswers.optionalText(t, "note"),
                        "article"))
                .filter(e -> !e.source().isEmpty() && !e.target().isEmpty())
                .toList();
    }

    private static String type(String type) {
        String t = type.toLowerCase(Locale.ROOT).replace("organisation", "organization");
        return GlossaryRequests.TYPES.contains(t) ? t : "other";
    }
}
