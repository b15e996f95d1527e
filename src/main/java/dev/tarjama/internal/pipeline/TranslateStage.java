package dev.tarjama.internal.pipeline;

import dev.tarjama.internal.check.CheckInput;
import dev.tarjama.internal.check.CompletenessCheck;
import dev.tarjama.internal.check.NumbersCheck;
import dev.tarjama.internal.check.ParagraphChecks;
import dev.tarjama.internal.glossary.Glossary;
import dev.tarjama.internal.llm.Answer;
import dev.tarjama.internal.llm.ModelCall;
import dev.tarjama.internal.llm.Question;
import dev.tarjama.internal.llm.RequestFailedException;
import dev.tarjama.internal.llm.UsageMeter;
import dev.tarjama.model.Article;
import dev.tarjama.model.GlossaryEntry;
import dev.tarjama.model.Segment;
import dev.tarjama.model.TranslationUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Asks the model for a unit's translations: one draft per segment, or the reason it has none. A unit of several
 * segments is asked in one request; its answer is taken only when it accounts for every id exactly once and each
 * item passes the checks that betray a misplaced translation (completeness, numbers, no translation beside two
 * sources). Otherwise nothing is guessed: the unit is split in half and each half asked again, down to single
 * segments, so a translation never lands beside another paragraph's source; an answer that carries none of the ids
 * (a model that cannot follow the format) goes straight to single segments. Each segment's answer is then kept in
 * the cache under its own key, as if it had been asked alone.
 */
final class TranslateStage implements Stage<Work.Unit, Work.Drafted> {
    /** No more segments than this in one request, however short: a long list invites skipped items. */
    static final int MAX_SEGMENTS_PER_BATCH = 40;
    /** A batch's expected answer stays well inside the output limit of the models people use (4k–8k tokens). */
    static final int MAX_BATCH_OUTPUT_TOKENS = 3_000;

    private final ModelCall model;
    private final ParagraphRequests requests;
    private final BatchRequests batches;
    private final String targetLanguage;
    private final CompletenessCheck completeness = new CompletenessCheck();
    private final NumbersCheck numbers = new NumbersCheck();

    TranslateStage(ModelCall model, ParagraphRequests requests, BatchRequests batches, String targetLanguage) {
        this.model = model;
        this.requests = requests;
        this.batches = batches;
        this.targetLanguage = targetLanguage;
    }

    @Override
    public Work.Drafted apply(Work.Unit unit) {
        return new Work.Drafted(
                unit.glossed(), draft(unit.glossed(), unit.unit().segments()));
    }

    /**
     * The units an article's segments are asked in: segments the cache answers alone (they cost nothing), the others
     * in runs of consecutive segments of up to {@code batchTokens} source tokens; one segment per unit when
     * {@code batchTokens} is 0.
     */
    List<TranslationUnit> units(Work.Glossed glossed, List<Segment> segments, int batchTokens) {
        if (batchTokens <= 0) {
            return segments.stream().map(TranslationUnit::of).toList();
        }
        List<Question<ParagraphRequests.SegmentAnswer>> singles =
                segments.stream().map(s -> question(glossed, s, "")).toList();
        List<Boolean> answered = model.answeredEach(singles);
        List<TranslationUnit> units = new ArrayList<>();
        List<Segment> batch = new ArrayList<>();
        int tokens = 0;
        int output = 0;
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            if (answered.get(i)) {
                flush(batch, units);
                tokens = 0;
                output = 0;
                units.add(TranslationUnit.of(segment));
                continue;
            }
            int size = approxTokens(segment.text());
            int expected = ParagraphRequests.expectedTokens(segment.text());
            if (!batch.isEmpty()
                    && (tokens + size > batchTokens
                            || output + expected > MAX_BATCH_OUTPUT_TOKENS
                            || batch.size() >= MAX_SEGMENTS_PER_BATCH)) {
                flush(batch, units);
                tokens = 0;
                output = 0;
            }
            batch.add(segment);
            tokens += size;
            output += expected;
        }
        flush(batch, units);
        return units;
    }

    /**
     * About how many tokens a text is: 2.8 characters a token, as o200k counts Arabic news text (the sample: 3,534
     * characters, 1,254 tokens); fewer for Latin-script text, so its batches come out smaller, never too large. Exact counts would load the tokenizer's tables, a second at start-up, for a bound
     * that needs no precision.
     */
    static int approxTokens(String text) {
        return (int) Math.ceil(text.length() / 2.8);
    }

    private static void flush(List<Segment> batch, List<TranslationUnit> units) {
        if (!batch.isEmpty()) {
            units.add(new TranslationUnit(batch));
            batch.clear();
        }
    }

    private List<Work.Draft> draft(Work.Glossed glossed, List<Segment> segments) {
        if (segments.size() == 1) {
            return List.of(ask(glossed, segments.get(0), ""));
        }
        Answer<BatchRequests.Reply> answer;
        try {
            answer = model.ask(batches.question(
                    glossed.article(), glossed.glossary(), new TranslationUnit(segments), glossed.usage()));
        } catch (RequestFailedException e) {
            return halves(glossed, segments);
        }
        List<BatchRequests.Item> items = answer.value().items();
        Map<String, BatchRequests.Item> byId = accountedFor(segments, items);
        if (byId == null) {
            // an answer with none of the ids is a model that does not follow the format: halves would fail alike
            return anyIdOf(segments, items) ? halves(glossed, segments) : singles(glossed, segments);
        }
        List<Work.Draft> drafts = new ArrayList<>(segments.size());
        Set<String> translations = new HashSet<>();
        for (Segment segment : segments) {
            BatchRequests.Item item = byId.get(segment.id());
            if (!answer.planned() && (!plausible(glossed, segment, item) || !translations.add(item.translation()))) {
                return halves(glossed, segments);
            }
            List<GlossaryEntry> terms =
                    Glossary.applicable(segment.text(), answer.value().terms());
            drafts.add(new Work.Draft(segment, item.translation(), item.summary(), terms, null, answer.planned()));
        }
        if (!answer.planned()) {
            for (Segment segment : segments) {
                model.remember(question(glossed, segment, ""), answer.value().rawFor(segment, byId.get(segment.id())));
            }
        }
        return drafts;
    }

    /** The items by id when they are exactly the segments' ids, each once; else {@code null}. */
    private static Map<String, BatchRequests.Item> accountedFor(
            List<Segment> segments, List<BatchRequests.Item> items) {
        Map<String, BatchRequests.Item> byId = new HashMap<>();
        for (BatchRequests.Item item : items) {
            if (byId.put(item.id(), item) != null) {
                return null; // an id answered twice
            }
        }
        Set<String> expected = new HashSet<>();
        segments.forEach(s -> expected.add(s.id()));
        return byId.keySet().equals(expected) ? byId : null;
    }

    /** No sign that the item belongs to another segment: it is complete and carries the segment's figures. */
    private boolean plausible(Work.Glossed glossed, Segment segment, BatchRequests.Item item) {
        if (item.translation().isBlank()) {
            return false;
        }
        CheckInput input = new CheckInput(
                segment.text(),
                item.translation(),
                glossed.article().language(),
                targetLanguage,
                glossed.glossary().applicableTo(segment.text()));
        return completeness.check(input).isEmpty()
                && (!numbers.appliesTo(input) || numbers.check(input).isEmpty());
    }

    private static boolean anyIdOf(List<Segment> segments, List<BatchRequests.Item> items) {
        Set<String> ids = new HashSet<>();
        items.forEach(item -> ids.add(item.id()));
        return segments.stream().anyMatch(s -> ids.contains(s.id()));
    }

    private List<Work.Draft> singles(Work.Glossed glossed, List<Segment> segments) {
        return segments.stream().map(s -> ask(glossed, s, "")).toList();
    }

    private List<Work.Draft> halves(Work.Glossed glossed, List<Segment> segments) {
        int middle = segments.size() / 2;
        List<Work.Draft> drafts = new ArrayList<>(draft(glossed, segments.subList(0, middle)));
        drafts.addAll(draft(glossed, segments.subList(middle, segments.size())));
        return drafts;
    }

    /** One segment's draft; {@code feedback} carries a check's findings when the first answer failed one. */
    Work.Draft ask(Work.Glossed glossed, Segment segment, String feedback) {
        try {
            Answer<ParagraphRequests.SegmentAnswer> answer = model.ask(question(glossed, segment, feedback));
            ParagraphRequests.SegmentAnswer value = answer.value();
            return new Work.Draft(
                    segment,
                    value.translation(),
                    value.summary(),
                    Glossary.applicable(segment.text(), value.terms()),
                    null,
                    answer.planned());
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

    /** How many segments need a request, and how many requests they go in. */
    record Needed(int segments, int requests) {}

    Needed requestsNeeded(List<Work.Unit> units) {
        List<Question<ParagraphRequests.SegmentAnswer>> singles = new ArrayList<>();
        int batched = 0;
        int batchedSegments = 0;
        for (Work.Unit unit : units) {
            if (unit.unit().segments().size() > 1) {
                batched++; // made of segments the cache could not answer
                batchedSegments += unit.unit().segments().size();
            } else {
                singles.add(question(unit.glossed(), unit.unit().segments().get(0), ""));
            }
        }
        int singlesAsked = singles.size() - model.answeredWithoutRequest(singles);
        return new Needed(batchedSegments + singlesAsked, batched + singlesAsked);
    }

    private Question<ParagraphRequests.SegmentAnswer> question(Work.Glossed glossed, Segment segment, String feedback) {
        return requests.question(glossed.article(), glossed.glossary(), segment, feedback, glossed.usage());
    }
}
