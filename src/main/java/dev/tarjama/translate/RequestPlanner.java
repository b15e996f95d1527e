package dev.tarjama.translate;

import dev.langchain4j.model.chat.request.ChatRequest;
import dev.tarjama.cache.CacheKey;
import dev.tarjama.llm.MalformedAnswerException;
import dev.tarjama.model.Article;
import dev.tarjama.model.Paragraph;
import dev.tarjama.model.TranslatedParagraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Works out, without sending anything, which requests a run would still have to send given the cache. */
public final class RequestPlanner {
    private final ParagraphRequests paragraphs;
    private final BriefRequests brief;

    public RequestPlanner(ParagraphRequests paragraphs, BriefRequests brief) {
        this.paragraphs = paragraphs;
        this.brief = brief;
    }

    /**
     * @param toSend      the segments whose answers are not cached, with their requests, in source order
     * @param briefCached true when every paragraph and the brief itself would come from the cache
     */
    public record Plan(List<Pending> toSend, boolean briefCached) {
    }

    /** A segment that needs a request. */
    public record Pending(Paragraph paragraph, int segment, ChatRequest request) {
    }

    /** @param cached the cached answer for a key (already scoped to the backend by the caller), if any */
    public Plan plan(Article article, Function<CacheKey, Optional<String>> cached) {
        List<Pending> toSend = new ArrayList<>();
        List<TranslatedParagraph> fromCache = new ArrayList<>();
        for (Paragraph paragraph : article.paragraphs()) {
            StringBuilder translation = new StringBuilder();
            boolean complete = true;
            for (int s = 0; s < paragraph.segments().size(); s++) {
                int segment = s;
                Optional<SegmentTranslation> answer = cached.apply(paragraphs.key(article, paragraph, segment))
                        .flatMap(text -> parse(text, paragraph, segment));
                if (answer.isPresent()) {
                    translation.append(translation.length() == 0 ? "" : " ").append(answer.get().translation());
                } else {
                    complete = false;
                    toSend.add(new Pending(paragraph, s, paragraphs.build(article, paragraph, s)));
                }
            }
            if (complete) {
                fromCache.add(TranslatedParagraph.ok(paragraph, translation.toString(), ""));
            }
        }
        boolean briefCached = toSend.isEmpty() && cached.apply(brief.key(article, fromCache)).isPresent();
        return new Plan(toSend, briefCached);
    }

    private static Optional<SegmentTranslation> parse(String text, Paragraph paragraph, int segment) {
        try {
            return Optional.of(ParagraphTranslator.parse(text, ParagraphTranslator.label(paragraph, segment)));
        } catch (MalformedAnswerException e) {
            return Optional.empty();
        }
    }
}
