package dev.tarjama.translate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tarjama.llm.ModelGateway;
import dev.tarjama.model.Article;
import dev.tarjama.model.GlossaryEntry;
import java.util.List;
import java.util.Locale;

/** Asks for an article's glossary in one request and reads the answer. */
final class GlossaryWriter {
    static final String LABEL = "glossary";

    private final ModelGateway gateway;
    private final GlossaryRequests requests;

    GlossaryWriter(ModelGateway gateway, GlossaryRequests requests) {
        this.gateway = gateway;
        this.requests = requests;
    }

    List<GlossaryEntry> write(Article article) {
        return gateway.ask(LABEL, requests.key(article), requests.build(article), GlossaryWriter::parse);
    }

    static List<GlossaryEntry> parse(String answer) {
        JsonNode json = JsonAnswers.object(answer, LABEL);
        if (!json.has("terms") || !json.get("terms").isArray()) {
            throw new dev.tarjama.llm.MalformedAnswerException(LABEL + ": the model answered with no terms field");
        }
        return JsonAnswers.array(json, "terms").stream()
                .map(t -> new GlossaryEntry(JsonAnswers.optionalText(t, "source"), JsonAnswers.optionalText(t, "target"),
                        type(JsonAnswers.optionalText(t, "type")), JsonAnswers.optionalText(t, "note"), "article"))
                .filter(e -> !e.source().isEmpty() && !e.target().isEmpty())
                .toList();
    }

    private static String type(String type) {
        String t = type.toLowerCase(Locale.ROOT).replace("organisation", "organization");
        return GlossaryRequests.TYPES.contains(t) ? t : "other";
    }
}
