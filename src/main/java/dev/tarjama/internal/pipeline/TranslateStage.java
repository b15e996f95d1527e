package dev.tarjama.internal.pipeline;

import dev.tarjama.BatchPlan;
import dev.tarjama.Reporter;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Asks the model for a unit's translations: one draft per segment, or the reason it has none. A unit of several
 * segments is asked in one request; its answer is taken only when it accounts for every id exactly once and each
 * item passes the checks that betray a misplaced translation (completeness, numbers, no translation beside two
 * sources). Otherwise nothing is guessed: the unit is split in half and each half asked again, down to single
 * segments, so a translation never lands beside another paragraph's source; an answer that carries none of the ids
 * (a model that cannot follow the format) goes straight to single segments. The parts of a split go out together, as
 * the run's concurrency allows, and {@code -v} says which batch was split and why. Each segment's answer is then kept
 * in the cache under its own key, as if it had been asked alone.
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
    private final Executor splits;
    private final Reporter listener;

    /**
     * @param splits   where the first part of a split batch is asked while the second is asked on the calling thread;
     *                 unbounded (the concurrency limit bounds the requests), so that a part never waits for a thread
     *                 another part holds
     * @param listener told of each split, with its reason
     */
    TranslateStage(
            ModelCall model,
            ParagraphRequests requests,
            BatchRequests batches,
            String targetLanguage,
            Executor splits,
            Reporter listener) {
        this.splits = splits;
        this.listener = listener;
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
     * The units an article's segments are asked in, and the plan that cut them.
     *
     * @param plan how the segments that need a request were cut into batches; {@code null} when none was weighed (one
     *             paragraph per request, or nothing to ask)
     */
    record Units(List<TranslationUnit> units, BatchPlan plan) {}

    /**
     * The units an article's segments are asked in: segments the cache answers alone (they cost nothing), the others
     * in batches of consecutive segments cut by the {@link BatchPlanner} for {@code slots} requests in flight; one
     * segment per unit when {@code batchTokens} is 0.
     */
    Units units(Work.Glossed glossed, List<Segment> segments, int batchTokens, BatchPlanner planner, int slots) {
        if (batchTokens <= 0) {
            return new Units(segments.stream().map(TranslationUnit::of).toList(), null);
        }
        List<Question<ParagraphRequests.SegmentAnswer>> singles =
                segments.stream().map(s -> question(glossed, s, "")).toList();
        List<Boolean> answered = model.answeredEach(singles);
        // runs of consecutive segments that need a request: a batch never reaches across one the cache answers
        List<List<Segment>> runs = new ArrayList<>();
        List<Segment> run = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            if (answered.get(i)) {
                if (!run.isEmpty()) {
                    runs.add(run);
                    run = new ArrayList<>();
                }
            } else {
                run.add(segments.get(i));
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        if (runs.isEmpty()) {
            return new Units(segments.stream().map(TranslationUnit::of).toList(), null);
        }
        BatchPlanner.Plan plan = planner.plan(runs, slots);
        java.util.Iterator<List<Segment>> batches = plan.batches().iterator();
        List<TranslationUnit> units = new ArrayList<>();
        List<Segment> next = batches.next();
        for (int i = 0; i < segments.size(); i++) {
            if (answered.get(i)) {
                units.add(TranslationUnit.of(segments.get(i)));
            } else if (next != null && segments.get(i) == next.get(0)) {
                units.add(next.size() == 1 ? TranslationUnit.of(next.get(0)) : new TranslationUnit(next));
                next = batches.hasNext() ? batches.next() : null;
            }
        }
        return new Units(units, plan.described());
    }

    /**
     * About how many tokens a text is: 2.8 characters a token, as o200k counts Arabic news text (the sample: 3,534
     * characters, 1,254 tokens); fewer for Latin-script text, so its batches come out smaller, never too large. Exact counts would load the tokenizer's tables, a second at start-up, for a bound
     * that needs no precision.
     */
    static int approxTokens(String text) {
        return (int) Math.ceil(text.length() / 2.8);
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
            return halves(glossed, segments, "the request failed (" + e.getMessage() + ")");
        }
        List<BatchRequests.Item> items = answer.value().items();
        String unaccounted = unaccounted(segments, items);
        if (unaccounted != null) {
            // an answer with none of the ids is a model that does not follow the format: halves would fail alike
            return anyIdOf(segments, items)
                    ? halves(glossed, segments, unaccounted)
                    : singles(glossed, segments, unaccounted);
        }
        Map<String, BatchRequests.Item> byId = new HashMap<>();
        items.forEach(item -> byId.put(item.id(), item));
        List<Work.Draft> drafts = new ArrayList<>(segments.size());
        Map<String, String> translations = new HashMap<>();
        for (Segment segment : segments) {
            BatchRequests.Item item = byId.get(segment.id());
            if (!answer.planned()) {
                if (!plausible(glossed, segment, item)) {
                    return halves(glossed, segments, segment.id() + "'s translation fails a check");
                }
                String twin = translations.putIfAbsent(item.translation(), segment.id());
                if (twin != null) {
                    return halves(glossed, segments, twin + " and " + segment.id() + " have the same translation");
                }
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

    /**
     * Why the items do not account for the segments exactly once each ("id p7 missing", "id p3 answered twice", "id
     * p40 unknown"), or {@code null} when they do.
     */
    static String unaccounted(List<Segment> segments, List<BatchRequests.Item> items) {
        Set<String> expected = new java.util.LinkedHashSet<>();
        segments.forEach(s -> expected.add(s.id()));
        Set<String> seen = new HashSet<>();
        for (BatchRequests.Item item : items) {
            if (!expected.contains(item.id())) {
                return "id " + item.id() + " unknown";
            }
            if (!seen.add(item.id())) {
                return "id " + item.id() + " answered twice";
            }
        }
        List<String> missing =
                expected.stream().filter(id -> !seen.contains(id)).toList();
        if (missing.isEmpty()) {
            return null;
        }
        return (missing.size() == 1 ? "id " : "ids ")
                + (missing.size() <= 3
                        ? String.join(", ", missing)
                        : missing.get(0) + " and " + (missing.size() - 1) + " more")
                + " missing";
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

    private List<Work.Draft> singles(Work.Glossed glossed, List<Segment> segments, String reason) {
        listener.detail(batchName(segments) + ": " + reason + " → " + segments.size() + " requests, one per paragraph");
        List<CompletableFuture<Work.Draft>> asked = segments.stream()
                .map(s -> CompletableFuture.supplyAsync(() -> ask(glossed, s, ""), splits))
                .toList();
        return asked.stream().map(TranslateStage::join).toList();
    }

    /** The two halves asked side by side: the first on a split thread, the second on this one. */
    private List<Work.Draft> halves(Work.Glossed glossed, List<Segment> segments, String reason) {
        listener.detail(batchName(segments) + ": " + reason + " → 2 requests");
        int middle = segments.size() / 2;
        CompletableFuture<List<Work.Draft>> first =
                CompletableFuture.supplyAsync(() -> draft(glossed, segments.subList(0, middle)), splits);
        List<Work.Draft> second = draft(glossed, segments.subList(middle, segments.size()));
        List<Work.Draft> drafts = new ArrayList<>(join(first));
        drafts.addAll(second);
        return drafts;
    }

    /** The part's result; a failure that stops the run (the backend gone) goes on up as it was thrown. */
    private static <T> T join(CompletableFuture<T> part) {
        try {
            return part.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException stop) {
                throw stop;
            }
            throw e;
        }
    }

    /** "batch p0–p19". */
    private static String batchName(List<Segment> segments) {
        return "batch " + segments.get(0).id() + "–"
                + segments.get(segments.size() - 1).id();
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
