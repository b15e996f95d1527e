package dev.tarjama.internal.pipeline;

import dev.tarjama.BatchPlan;
import dev.tarjama.Cancellation;
import dev.tarjama.GlossaryMode;
import dev.tarjama.Latency;
import dev.tarjama.Options;
import dev.tarjama.Price;
import dev.tarjama.Reporter;
import dev.tarjama.internal.check.ParagraphChecks;
import dev.tarjama.internal.llm.ModelCall;
import dev.tarjama.internal.llm.UsageMeter;
import dev.tarjama.internal.prompt.PromptKind;
import dev.tarjama.internal.prompt.PromptLibrary;
import dev.tarjama.internal.prompt.PromptTemplate;
import dev.tarjama.model.Article;
import dev.tarjama.model.BackendInfo;
import dev.tarjama.model.GlossaryEntry;
import dev.tarjama.model.TranslatedArticle;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * Translates a segmented article, stage by stage: the user's glossary (and the glossary pass, when asked for), then
 * every unit translated and checked (on the run's request threads, results kept in source order), the glossary
 * agreed from the renderings the answers used, the paragraphs put back together and aligned, the review when asked
 * for, and the brief. Every model call goes through the run's one {@link ModelCall} chain.
 */
public final class Pipeline {
    /**
     * What the batch planner needs to know of the run: the model's speed and price, how many requests the run may
     * have in flight, and how many articles share them now.
     *
     * @param latency     the model's expected speed
     * @param price       the model's price, or {@code null} when none is known
     * @param concurrency requests in flight at once for the whole run
     * @param articles    articles being translated now, shared by every pipeline of the run
     * @param planned     told how each article's paragraphs were cut into requests
     */
    public record Planning(
            Latency latency, Price price, int concurrency, AtomicInteger articles, Consumer<BatchPlan> planned) {
        /** Requests one article may have in flight: the run's, shared by the articles in progress. */
        int slots() {
            return Math.max(1, concurrency / Math.max(1, articles.get()));
        }
    }

    private final GlossaryStage glossary;
    private final TranslateStage translate;
    private final CheckStage check;
    private final ReconcileStage reconcile;
    private final AlignStage align = new AlignStage();
    private final ReviewStage review;
    private final BriefStage brief;
    private final Dispatcher dispatcher;
    private final ParagraphChecks checks;
    private final Executor threads;
    private final Reporter listener;
    private final UsageMeter runUsage;
    private final BackendInfo backend;
    private final PromptLibrary prompts;
    private final Options.Translation settings;
    private final Cancellation cancellation;
    private final Clock clock;
    private final Planning planning;
    private final BatchPlanner planner;

    public Pipeline(
            ModelCall model,
            PromptLibrary prompts,
            Options.Translation settings,
            BackendInfo backend,
            Executor threads,
            Executor splitThreads,
            Cancellation cancellation,
            Clock clock,
            RandomGenerator random,
            Reporter listener,
            UsageMeter runUsage,
            Planning planning,
            ParagraphChecks checks) {
        String target = settings.targetLanguage();
        this.checks = checks;
        this.glossary = new GlossaryStage(
                model,
                settings.glossary() == GlossaryMode.PASS
                        ? new GlossaryRequests(prompts.get(PromptKind.GLOSSARY), target, random)
                        : null,
                listener,
                settings.contextTokens());
        this.translate = new TranslateStage(
                model,
                new ParagraphRequests(prompts.get(PromptKind.TRANSLATE), target, random),
                new BatchRequests(prompts.get(PromptKind.TRANSLATE_BATCH), target, random),
                target,
                splitThreads,
                listener);
        this.check = new CheckStage(checks, translate, target);
        this.brief = new BriefStage(
                model,
                new BriefRequests(prompts.get(PromptKind.BRIEF), target, random),
                listener,
                cancellation,
                target,
                settings.contextTokens());
        this.dispatcher = new Dispatcher(threads, cancellation);
        this.review = new ReviewStage(
                model,
                new ReviewRequests(prompts.get(PromptKind.REVIEW), target, random),
                settings.review(),
                listener,
                cancellation,
                dispatcher);
        this.reconcile = settings.glossary() == GlossaryMode.OFF
                ? null
                : new ReconcileStage(check, dispatcher, cancellation, target, listener);
        this.threads = threads;
        this.listener = listener;
        this.runUsage = runUsage;
        this.backend = backend;
        this.prompts = prompts;
        this.settings = settings;
        this.cancellation = cancellation;
        this.clock = clock;
        this.planning = planning;
        PromptTemplate batchTemplate = prompts.get(PromptKind.TRANSLATE_BATCH);
        this.planner = new BatchPlanner(
                settings.batchTokens(),
                settings.plan(),
                planning.latency(),
                planning.price(),
                // the instructions in English at about four characters a token, with the title and the paragraph
                // before as context
                batchTemplate.instructionChars() / 4 + BatchPlanner.CONTEXT_TOKENS);
    }

    /**
     * @param given renderings the user settled for this article; they override the glossary pass's proposals
     * @throws dev.tarjama.BackendException when the backend stopped the run
     */
    public TranslatedArticle translate(Article article, List<GlossaryEntry> given) {
        planning.articles().incrementAndGet();
        try {
            return translateCounted(article, given);
        } finally {
            planning.articles().decrementAndGet();
        }
    }

    private TranslatedArticle translateCounted(Article article, List<GlossaryEntry> given) {
        CompletableFuture.runAsync(() -> translate.prepare(article, checks, settings.targetLanguage()), threads);
        Work.Glossed glossed = glossary.apply(new Work.Loaded(article, given, runUsage.child()));
        TranslateStage.Units planned =
                translate.units(glossed, article.segments(), settings.batchTokens(), planner, planning.slots());
        if (planned.plan() != null) {
            planning.planned().accept(planned.plan());
        }
        List<Work.Unit> units = planned.units().stream()
                .map(unit -> new Work.Unit(glossed, unit))
                .toList();
        TranslateStage.Needed needed = translate.requestsNeeded(units);
        listener.translating(article, needed.segments(), needed.requests(), glossed.usage());
        ParagraphProgress progress = new ParagraphProgress(article, listener);
        List<List<Work.Checked>> checked = dispatcher.runAll(
                units,
                unit -> check.apply(translate.apply(unit)),
                Pipeline::interrupted,
                (unit, result) -> progress.finished(result));
        Work.Translated translated = new Work.Translated(
                glossed, checked.stream().flatMap(List::stream).toList());
        Work.Aligned aligned = review.apply(align.apply(reconcile == null ? translated : reconcile.apply(translated)));
        Work.Briefed briefed = brief.apply(aligned);
        return new TranslatedArticle(
                article,
                settings.targetLanguage(),
                backend,
                prompts.versions(),
                clock.instant(),
                aligned.paragraphs(),
                briefed.brief(),
                briefed.briefError(),
                glossed.usage().snapshot(),
                cancellation.isCancelled(),
                aligned.glossed().glossary().entries());
    }

    private static List<Work.Checked> interrupted(Work.Unit unit) {
        return unit.unit().segments().stream()
                .map(s -> Work.Checked.failed(s, "not translated: the run was interrupted"))
                .toList();
    }
}
