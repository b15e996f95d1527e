package dev.tarjama.translate;

import dev.langchain4j.model.chat.request.ChatRequest;
import dev.tarjama.cache.CacheKey;
import dev.tarjama.glossary.Glossary;
import dev.tarjama.llm.MalformedAnswerException;
import dev.tarjama.model.Article;
import dev.tarjama.model.GlossaryEntry;
import dev.tarjama.model.Paragraph;
import dev.tarjama.model.TranslatedParagraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Works out, without sending anything, which requests a run would still have to send given the cache: the
 * glossary, the paragraph segments (whose keys depend on the glossary they carry) and the brief.
 */
public final class RequestPlanner {
    private final Function<Glossary, ParagraphRequests> paragraphs;
    private final BriefRequests brief;
    private final GlossaryRequests glossary;
    private final List<GlossaryEntry> userGlossary;

    /**
     * @param paragraphs   the paragraph requests for a given glossary
     * @param glossary     the glossary pass's requests, or {@code null} when the run skips the pass
     * @param userGlossary the user's own entries
     */
    public RequestPlanner(Function<Glossary, ParagraphRequests> paragraphs, BriefRequests brief,
                          GlossaryRequests glossary, List<GlossaryEntry> userGlossary) {
        this.paragraphs = paragraphs;
        this.brief = brief;
        this.glossary = glossary;
        this.userGlossary = List.copyOf(userGlossary);
    }

    /**
     * @param toSend         the segments that need a request, with their requests, in source order
     * @param briefCached    true when every paragraph and the brief itself would come from the cache
     * @param glossaryNeeded true when the run would send the glossary request
     * @param glossary       the glossary request (sent or not), or {@code null} when the run skips the pass
     */
    public record Plan(List<Pending> toSend, boolean briefCached, boolean glossaryNeeded, ChatRequest glossary) {
    }

    /** A segment that needs a request. */
    public record Pending(Paragraph paragraph, int segment, ChatRequest request) {
    }

    /** @param cached the cached answer for a key (already scoped to the backend by the caller), if any */
    public Plan plan(Article article, Function<CacheKey, Optional<String>> cached) {
        String text = article.paragraphs().stream().map(Paragraph::text).collect(Collectors.joining("\n"));
        Optional<List<GlossaryEntry>> proposed = glossary == null ? Optional.of(List.of())
                : cached.apply(glossary.key(article)).flatMap(RequestPlanner::parseGlossary);
        boolean glossaryNeeded = proposed.isEmpty();
        // without the glossary's answer the segments' keys are unknown: every segment counts as a request
        ParagraphRequests requests = paragraphs.apply(Glossary.merge(userGlossary, proposed.orElse(List.of()), text));
        Function<CacheKey, Optional<String>> segmentCache = glossaryNeeded ? key -> Optional.empty() : cached;

        List<Pending> toSend = new ArrayList<>();
        List<TranslatedParagraph> fromCache = new ArrayList<>();
        for (Paragraph paragraph : article.paragraphs()) {
            List<String> translation = new ArrayList<>();
            boolean complete = true;
            for (int s = 0; s < paragraph.segments().size(); s++) {
                int segment = s;
                Optional<SegmentTranslation> answer = segmentCache.apply(requests.key(article, paragraph, segment))
                        .flatMap(answerText -> parse(answerText, paragraph, segment));
                if (answer.isPresent()) {
                    translation.add(answer.get().translation());
                } else {
                    complete = false;
                    toSend.add(new Pending(paragraph, s, requests.build(article, paragraph, s)));
                }
            }
            if (complete) {
                fromCache.add(TranslatedParagraph.ok(paragraph, SegmentTranslation.join(translation), ""));
            }
        }
        boolean briefCached = toSend.isEmpty() && cached.apply(brief.key(article, fromCache)).isPresent();
        return new Plan(toSend, briefCached, glossaryNeeded && glossary != null,
                glossary == null ? null : glossary.build(article));
    }

    private static Optional<List<GlossaryEntry>> parseGlossary(String answer) {
        try {
            return Optional.of(GlossaryWriter.parse(answer));
        } catch (MalformedAnswerException e) {
            return Optional.empty();
        }
    }

    private static Optional<SegmentTranslation> parse(String text, Paragraph paragraph, int segment) {
        try {
            return Optional.of(ParagraphTranslator.parse(text, ParagraphTranslator.label(paragraph, segment)));
        } catch (MalformedAnswerException e) {
            return Optional.empty();
        }
    }
}
