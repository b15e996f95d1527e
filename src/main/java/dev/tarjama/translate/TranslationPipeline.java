package dev.tarjama.translate;

import dev.tarjama.Cancellation;
import dev.tarjama.TarjamaException;
import dev.tarjama.check.AlignmentCheck;
import dev.tarjama.check.BriefCitations;
import dev.tarjama.check.ParagraphChecks;
import dev.tarjama.glossary.Glossary;
import dev.tarjama.llm.ModelGateway;
import dev.tarjama.llm.RequestFailedException;
import dev.tarjama.llm.UsageMeter;
import dev.tarjama.model.Article;
import dev.tarjama.model.BackendInfo;
import dev.tarjama.model.Brief;
import dev.tarjama.model.GlossaryEntry;
import dev.tarjama.model.Paragraph;
import dev.tarjama.model.TranslatedArticle;
import dev.tarjama.model.TranslatedParagraph;
import dev.tarjama.prompt.PromptKind;
import dev.tarjama.prompt.PromptLibrary;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;

/**
 * Translates a segmented article, in named stages: the glossary (one request over the whole article, merged with
 * the user's own entries), the paragraphs (every segment in its own request, up to {@code concurrency} at a
 * time, each answer checked and, when a check fails, asked for once more; results put back in source order
 * whatever order they arrive in), the alignment check, and the brief (one request, its citations checked). When
 * the user interrupts, no new request starts, requests in flight get a grace period, and what is finished is
 * returned.
 */
public final class TranslationPipeline {
    /** How long requests in flight may still finish after an interrupt. */
    public static final Duration GRACE = Duration.ofSeconds(5);
    private static final String INTERRUPTED = "not translated: the run was interrupted";

    private final ModelGateway gateway;
    private final PromptLibrary prompts;
    private final BackendInfo backend;
    private final UsageMeter usage;
    private final String targetLanguage;
    private final int concurrency;
    private final Clock clock;
    private final RandomGenerator random;
    private final PipelineListener listener;
    private final Cancellation cancellation;
    private final List<GlossaryEntry> userGlossary;
    private final boolean glossaryPass;

    /**
     * @param userGlossary entries the user gave ({@code --glossary}); they override the glossary pass
     * @param glossaryPass whether to ask the model for the article's glossary first
     */
    public TranslationPipeline(ModelGateway gateway, PromptLibrary prompts, BackendInfo backend, UsageMeter usage,
                               String targetLanguage, int concurrency, Clock clock, RandomGenerator random,
                               PipelineListener listener, Cancellation cancellation, List<GlossaryEntry> userGlossary,
                               boolean glossaryPass) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
        }
        this.gateway = gateway;
        this.prompts = prompts;
        this.backend = backend;
        this.usage = usage;
        this.targetLanguage = targetLanguage;
        this.concurrency = concurrency;
        this.clock = clock;
        this.random = random;
        this.listener = listener;
        this.cancellation = cancellation;
        this.userGlossary = List.copyOf(userGlossary);
        this.glossaryPass = glossaryPass;
    }

    /**
     * @throws TarjamaException (exit code 3) when the backend stopped the run; no partial article is returned
     */
    public TranslatedArticle translate(Article article) {
        Glossary glossary = glossary(article);
        ParagraphTranslator translator = new ParagraphTranslator(gateway,
                new ParagraphRequests(prompts.get(PromptKind.TRANSLATE), targetLanguage, random, glossary),
                ParagraphChecks.standard(), targetLanguage);
        List<TranslatedParagraph> paragraphs = AlignmentCheck.check(article.paragraphs(),
                translateParagraphs(article, translator));

        Brief brief = null;
        String briefError = null;
        if (cancellation.isCancelled()) {
            briefError = "the run was interrupted";
        } else if (paragraphs.stream().noneMatch(TranslatedParagraph::isOk)) {
            briefError = "no paragraph was translated";
        } else {
            listener.briefStarted();
            try {
                brief = BriefCitations.check(
                        new BriefWriter(gateway, new BriefRequests(prompts.get(PromptKind.BRIEF), targetLanguage, random))
                                .write(article, paragraphs),
                        paragraphs, article.language(), targetLanguage);
            } catch (RequestFailedException e) {
                briefError = e.getMessage();
            }
        }
        return new TranslatedArticle(article, targetLanguage, backend, prompts.versions(), clock.instant(),
                paragraphs, brief, briefError, usage.snapshot(), cancellation.isCancelled(), glossary.entries());
    }

    /** The user's entries, and the glossary pass's proposals for terms the user did not settle. */
    private Glossary glossary(Article article) {
        if (!glossaryPass || cancellation.isCancelled()) {
            return Glossary.merge(userGlossary, List.of(), "");
        }
        listener.glossaryStarted();
        List<GlossaryEntry> proposed;
        try {
            proposed = new GlossaryWriter(gateway, new GlossaryRequests(prompts.get(PromptKind.GLOSSARY), targetLanguage,
                    random)).write(article);
        } catch (RequestFailedException e) {
            listener.glossaryFailed(e.getMessage());
            proposed = List.of(); // translate without it: the terminology check then has less to hold on to
        }
        String text = article.paragraphs().stream().map(Paragraph::text).collect(java.util.stream.Collectors.joining("\n"));
        return Glossary.merge(userGlossary, proposed, text);
    }

    private List<TranslatedParagraph> translateParagraphs(Article article, ParagraphTranslator translator) {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency, runnable -> {
            Thread thread = new Thread(runnable, "tarjama-request");
            thread.setDaemon(true);
            return thread;
        });
        try {
            listener.started(article, article.segmentCount(), usage);
            AtomicInteger done = new AtomicInteger();
            int total = article.paragraphs().size();
            List<CompletableFuture<TranslatedParagraph>> futures = new ArrayList<>(total);
            for (Paragraph paragraph : article.paragraphs()) {
                List<CompletableFuture<SegmentTranslation>> segments = new ArrayList<>();
                for (int s = 0; s < paragraph.segments().size(); s++) {
                    int segment = s;
                    segments.add(CompletableFuture.supplyAsync(
                            () -> translator.translate(article, paragraph, segment), pool));
                }
                futures.add(CompletableFuture.allOf(segments.toArray(CompletableFuture[]::new))
                        .handle((ignored, error) -> assemble(paragraph, segments))
                        .whenComplete((result, error) -> {
                            if (result != null) {
                                listener.paragraphFinished(result, done.incrementAndGet(), total);
                            }
                        }));
            }
            List<TranslatedParagraph> results = new ArrayList<>(total);
            for (int i = 0; i < total; i++) {
                results.add(await(futures.get(i), article.paragraphs().get(i)));
            }
            TarjamaException stop = gateway.stopCause();
            if (stop != null) {
                throw stop;
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits for a paragraph; after an interrupt, only until the grace period is over. */
    private TranslatedParagraph await(CompletableFuture<TranslatedParagraph> future, Paragraph paragraph) {
        long graceEnds = Long.MAX_VALUE;
        while (true) {
            try {
                return future.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (cancellation.isCancelled()) {
                    graceEnds = Math.min(graceEnds, System.nanoTime() + GRACE.toNanos());
                    if (System.nanoTime() > graceEnds) {
                        return TranslatedParagraph.failed(paragraph, INTERRUPTED);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return TranslatedParagraph.failed(paragraph, INTERRUPTED);
            } catch (ExecutionException e) {
                throw new IllegalStateException("assembling paragraph " + paragraph.index() + " failed", e.getCause());
            }
        }
    }

    /** Joins a paragraph's segments; the paragraph failed if any segment did. */
    private static TranslatedParagraph assemble(Paragraph paragraph, List<CompletableFuture<SegmentTranslation>> segments) {
        List<SegmentTranslation> parts = new ArrayList<>();
        for (CompletableFuture<SegmentTranslation> segment : segments) {
            SegmentTranslation part;
            try {
                part = segment.join();
            } catch (CompletionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                String reason = cause instanceof RequestFailedException || cause instanceof TarjamaException
                        ? cause.getMessage()
                        : "unexpected error: " + cause;
                return TranslatedParagraph.failed(paragraph, reason);
            }
            parts.add(part);
        }
        return TranslatedParagraph.ok(paragraph,
                        SegmentTranslation.join(parts.stream().map(SegmentTranslation::translation).toList()),
                        SegmentTranslation.join(parts.stream().map(SegmentTranslation::summary).toList()))
                .withChecks(parts.stream().flatMap(p -> p.flags().stream()).toList(),
                        parts.stream().anyMatch(SegmentTranslation::rechecked));
    }
}
