package dev.tarjama.internal.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.tarjama.internal.glossary.Glossary;
import dev.tarjama.internal.llm.Question;
import dev.tarjama.internal.llm.UsageMeter;
import dev.tarjama.internal.prompt.PromptTemplate;
import dev.tarjama.model.Article;
import dev.tarjama.model.GlossaryEntry;
import dev.tarjama.model.Segment;
import dev.tarjama.model.TranslationUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * The question for several segments at once. Context goes once per batch — the title, the paragraph before the
 * first segment, the glossary entries any of them contains — and the segments travel in one fenced block, each
 * opened by a line with a random tag and its id ({@code [TAG p7]}), so the answer can be held to account: one item
 * per id, each with its translation and summary, and the names and terms of the batch with the renderings used, the
 * shape enforced by the provider's JSON schema. The batch as a whole is never cached; each segment's answer is, with
 * the terms its own text contains (see {@link TranslateStage}).
 */
final class BatchRequests {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_CONTEXT_CHARS = 600;

    private static final ResponseFormat FORMAT = ResponseFormat.builder()
            .type(ResponseFormatType.JSON)
            .jsonSchema(JsonSchema.builder()
                    .name("paragraph_batch")
                    .rootElement(JsonObjectSchema.builder()
                            .addProperty(
                                    "paragraphs",
                                    JsonArraySchema.builder()
                                            .items(JsonObjectSchema.builder()
                                                    .addStringProperty("id", "the paragraph block's id")
                                                    .addStringProperty(
                                                            "translation", "the complete translation of the paragraph")
                                                    .addStringProperty(
                                                            "summary", "one line saying what the paragraph states")
                                                    .required("id", "translation", "summary")
                                                    .additionalProperties(false)
                                                    .build())
                                            .build())
                            .addProperty("terms", Terms.SCHEMA)
                            .required("paragraphs", "terms")
                            .additionalProperties(false)
                            .build())
                    .build())
            .build();

    /** One item of a batch's answer, as the model gave it. */
    record Item(String id, String translation, String summary) {}

    /**
     * A batch's answer: its items in the order given (which ids they carry is the caller's to judge) and the names
     * and terms the model says the batch contains, with the renderings it used.
     */
    record Reply(List<Item> items, List<GlossaryEntry> terms) {
        /** What the cache keeps for one segment of the batch: its item and the terms its text contains. */
        String rawFor(Segment segment, Item item) {
            ObjectNode raw = JSON.createObjectNode()
                    .put("translation", item.translation())
                    .put("summary", item.summary());
            raw.set("terms", Terms.json(Glossary.applicable(segment.text(), terms)));
            return raw.toString();
        }
    }

    private final PromptTemplate template;
    private final String targetLanguage;
    private final RandomGenerator random;

    BatchRequests(PromptTemplate template, String targetLanguage, RandomGenerator random) {
        this.template = template;
        this.targetLanguage = targetLanguage;
        this.random = random;
    }

    Question<Reply> question(Article article, Glossary glossary, TranslationUnit unit, UsageMeter meter) {
        int expected = unit.segments().stream()
                .mapToInt(s -> ParagraphRequests.expectedTokens(s.text()))
                .sum();
        return new Question<>(
                unit.label(),
                null,
                () -> build(article, glossary, unit),
                answer -> parse(answer, unit.label()),
                meter,
                expected,
                placeholder(unit),
                unit.segments().size());
    }

    static Reply parse(String answer, String label) {
        JsonNode json = JsonAnswers.object(answer, label);
        List<Item> items = new ArrayList<>();
        for (JsonNode node : JsonAnswers.array(json, "paragraphs")) {
            items.add(new Item(
                    JsonAnswers.optionalText(node, "id"),
                    JsonAnswers.optionalText(node, "translation"),
                    JsonAnswers.optionalText(node, "summary")));
        }
        return new Reply(items, Terms.parse(json, "terms"));
    }

    private ChatRequest build(Article article, Glossary glossary, TranslationUnit unit) {
        Set<GlossaryEntry> entries = new LinkedHashSet<>();
        StringBuilder texts = new StringBuilder();
        for (Segment segment : unit.segments()) {
            entries.addAll(glossary.applicableTo(segment.text()));
            texts.append(segment.text()).append('\n');
        }
        String glossaryText =
                entries.stream().map(e -> e.source() + " → " + e.target()).collect(Collectors.joining("\n"));
        String previous = previousText(article, unit.segments().get(0));
        String fence = Fence.draw(random, texts.toString(), previous, article.title(), glossaryText);
        String tag = Fence.tag(random, texts.toString());
        // one fenced block; inside it each paragraph opens with a line naming its id beside a random tag, which no
        // article text can forge, at a few tokens per paragraph instead of a fenced block each
        StringBuilder blocks = new StringBuilder("<paragraphs-").append(fence).append(">\n");
        for (Segment segment : unit.segments()) {
            blocks.append('[')
                    .append(tag)
                    .append(' ')
                    .append(segment.id())
                    .append("]\n")
                    .append(segment.text())
                    .append("\n\n");
        }
        blocks.setLength(blocks.length() - 1);
        blocks.append("</paragraphs-").append(fence).append('>');
        return new TemplateRequest(article, targetLanguage)
                .with("paragraphs", blocks.toString())
                .with("previous", previous.isEmpty() ? "(none)" : previous)
                .with("title", titleFor(article, unit))
                .with("fence", fence)
                .with("glossary", glossaryText.isEmpty() ? "(none)" : glossaryText)
                .build(template, FORMAT);
    }

    /** The title as context, unless the batch translates it: then it is not sent twice. */
    private static String titleFor(Article article, TranslationUnit unit) {
        if (article.title().isEmpty()) {
            return "(no title)";
        }
        boolean translated = unit.segments().stream().anyMatch(s -> s.text().equals(article.title()));
        return translated ? "(the first paragraph below)" : article.title();
    }

    private static String previousText(Article article, Segment first) {
        String previous;
        if (first.part() > 0) {
            previous = article.paragraphs().get(first.paragraph()).segments().get(first.part() - 1);
        } else if (first.paragraph() > 0) {
            previous = article.paragraphs().get(first.paragraph() - 1).text();
        } else {
            return "";
        }
        return previous.length() <= MAX_CONTEXT_CHARS
                ? previous
                : "…" + previous.substring(previous.length() - MAX_CONTEXT_CHARS);
    }

    /** A dry run's stand-in: an item of about the right length for every id. */
    private static String placeholder(TranslationUnit unit) {
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode items = answer.putArray("paragraphs");
        for (Segment segment : unit.segments()) {
            JsonNode one = JsonAnswers.object(
                    Placeholders.translation(ParagraphRequests.translationTokens(segment.text())), "placeholder");
            items.addObject()
                    .put("id", segment.id())
                    .put("translation", one.get("translation").asText())
                    .put("summary", one.get("summary").asText());
        }
        answer.putArray("terms");
        return answer.toString();
    }
}
