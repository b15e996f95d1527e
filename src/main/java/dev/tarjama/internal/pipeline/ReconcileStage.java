package dev.tarjama.internal.pipeline;

import dev.tarjama.Cancellation;
import dev.tarjama.Reporter;
import dev.tarjama.internal.check.CheckInput;
import dev.tarjama.internal.check.TerminologyCheck;
import dev.tarjama.internal.glossary.Glossary;
import dev.tarjama.model.Flag;
import dev.tarjama.model.GlossaryEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Settles the article's glossary from the renderings its translations used, one per term: the user's and the
 * glossary pass's stand; for every other term the rendering most segments used wins. A segment that rendered an
 * agreed term otherwise — its paragraph went in another request — is asked again with the agreed rendering, as a
 * failed check is, so a name is spelt one way across the whole article without a request that reads the article a
 * second time. A segment that has had its one corrective re-ask already is flagged instead.
 */
final class ReconcileStage implements Stage<Work.Translated, Work.Translated> {
    private final CheckStage check;
    private final Dispatcher dispatcher;
    private final Cancellation cancellation;
    private final TerminologyCheck terminology = new TerminologyCheck();
    private final String targetLanguage;
    private final Reporter listener;

    ReconcileStage(
            CheckStage check,
            Dispatcher dispatcher,
            Cancellation cancellation,
            String targetLanguage,
            Reporter listener) {
        this.check = check;
        this.dispatcher = dispatcher;
        this.cancellation = cancellation;
        this.targetLanguage = targetLanguage;
        this.listener = listener;
    }

    @Override
    public Work.Translated apply(Work.Translated translated) {
        Work.Glossed glossed = translated.glossed();
        List<GlossaryEntry> used = translated.segments().stream()
                .filter(Work.Checked::ok)
                .flatMap(c -> c.terms().stream())
                .toList();
        Glossary agreed =
                glossed.glossary().withMostUsed(used, glossed.article().text("\n"));
        Work.Glossed settled = new Work.Glossed(glossed.article(), agreed, glossed.usage());
        List<Work.Checked> segments = new ArrayList<>(translated.segments());
        List<Integer> disagreeing = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Work.Checked segment = segments.get(i);
            if (!segment.ok()) {
                continue;
            }
            List<Flag> flags = terminology(settled, segment);
            if (flags.isEmpty()) {
                continue;
            }
            if (segment.rechecked() || cancellation.isCancelled()) {
                segments.set(i, flagged(segment, flags));
            } else {
                disagreeing.add(i);
            }
        }
        if (!disagreeing.isEmpty()) {
            listener.followUpStarted("agreed terms", disagreeing.size());
        }
        AtomicInteger done = new AtomicInteger();
        List<Work.Checked> asked = dispatcher.runAll(
                disagreeing,
                i -> askAgain(settled, segments.get(i)),
                segments::get,
                (i, result) -> listener.followUpProgress(done.incrementAndGet()));
        for (int n = 0; n < disagreeing.size(); n++) {
            segments.set(disagreeing.get(n), asked.get(n));
        }
        return new Work.Translated(settled, segments);
    }

    private List<Flag> terminology(Work.Glossed settled, Work.Checked segment) {
        return terminology.check(new CheckInput(
                segment.segment().text(),
                segment.translation(),
                settled.article().language(),
                targetLanguage,
                settled.glossary().applicableTo(segment.segment().text())));
    }

    private Work.Checked askAgain(Work.Glossed settled, Work.Checked first) {
        Work.Draft draft =
                new Work.Draft(first.segment(), first.translation(), first.summary(), first.terms(), null, false);
        return check.askAgain(settled, draft, check.flags(settled, draft));
    }

    private static Work.Checked flagged(Work.Checked segment, List<Flag> more) {
        List<Flag> flags = new ArrayList<>(segment.flags());
        more.stream().filter(f -> !flags.contains(f)).forEach(flags::add);
        return new Work.Checked(
                segment.segment(),
                segment.translation(),
                segment.summary(),
                segment.terms(),
                flags,
                segment.rechecked(),
                segment.error());
    }
}
