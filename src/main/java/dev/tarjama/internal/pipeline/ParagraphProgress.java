package dev.tarjama.internal.pipeline;

import dev.tarjama.Reporter;
import dev.tarjama.model.Article;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

/** Turns finished segments into finished paragraphs for the listener: a paragraph is done when all its parts are. */
final class ParagraphProgress {
    private final Reporter listener;
    private final AtomicIntegerArray partsLeft;
    private final AtomicReferenceArray<String> errors;
    private final AtomicInteger done = new AtomicInteger();
    private final int total;

    ParagraphProgress(Article article, Reporter listener) {
        this.listener = listener;
        this.total = article.paragraphs().size();
        this.partsLeft = new AtomicIntegerArray(
                article.paragraphs().stream().mapToInt(p -> p.segments().size()).toArray());
        this.errors = new AtomicReferenceArray<>(total);
    }

    void finished(Iterable<Work.Checked> segments) {
        for (Work.Checked segment : segments) {
            int paragraph = segment.segment().paragraph();
            if (segment.error() != null) {
                errors.compareAndSet(paragraph, null, segment.error());
            }
            if (partsLeft.decrementAndGet(paragraph) == 0) {
                listener.paragraphFinished(paragraph, errors.get(paragraph), done.incrementAndGet(), total);
            }
        }
    }
}
