package dev.tarjama.internal.pipeline;

import dev.tarjama.Cancellation;
import dev.tarjama.GlossaryMode;
import dev.tarjama.Options;
import dev.tarjama.Reporter;
import dev.tarjama.internal.check.ParagraphChecks;
import dev.tarjama.internal.llm.ModelCall;
import dev.tarjama.internal.llm.UsageMeter;
import dev.tarjama.internal.prompt.PromptKind;
import dev.tarjama.internal.prompt.PromptLibrary;
import dev.tarjama.model.Article;
import dev.tarjama.model.BackendInfo;
import dev.tarjama.model.GlossaryEntry;
import dev.tarjama.model.TranslatedArticle;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.random.RandomGenerator;

/**
 * Translates a segmented article, stage by stage: the user's glossary (and the glossary pass, when asked for), then
 * every unit translated and checked (on the run's request threads, results kept in source order), the glossary
 * agreed from the renderings the answers used, the paragraphs put back together and aligned, the review when asked
 * for, and the brief. Every model call goes through the run's one {@link ModelCall} chain.
 */
public final class Pipeline {
    private final GlossaryStage glossary;
    private final TranslateStage translate;
    private final CheckStage check;
    private final ReconcileStage reconcile;
    private final AlignStage align = new AlignStage();
    private final ReviewStage review;
    private final BriefStage brief;
    private final Dispatcher dispatcher;
    private final ParagraphChecks checks = ParagraphChecks.standard();
    private final Executor threads;
    private final Reporter listener;
    private final UsageMeter runUsage;
    private final BackendInfo backend;
    private final PromptLibrary prompts;
    private final Options.Translation settings;
    private final Cancellation cancellation;
    private final Clock clock;

    public Pipeline(
            ModelCall model,
            PromptLibrary prompts,
            Options.Translation settings,
            BackendInfo backend,
            Executor threads,
            Cancellation cancellation,
            Clock clock,
            RandomGenerator random,
            Reporter listener,
            UsageMeter runUsage) {
        String target = settings.targetLanguage();
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
                target);
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
    }

    /**
     * @param given renderings the user settled for this article; they override the glossary pass's proposals
     * @throws dev.tarjama.BackendException when the backend stopped the run
     */
    public TranslatedArticle translate(Article article, List<GlossaryEntry> given) {
        CompletableFuture.runAsync(() -> translate.prepare(article, checks, settings.targetLanguage()), threads);
        Work.Glossed glossed = glossary.apply(new Work.Loaded(article, given, runUsage.child()));
        List<Work.Unit> units = translate.units(glossed, article.segments(), settings.batchTokens()).stream()
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
