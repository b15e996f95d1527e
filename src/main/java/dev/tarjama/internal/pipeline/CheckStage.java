package dev.tarjama.internal.pipeline;

import dev.tarjama.internal.check.CheckInput;
import dev.tarjama.internal.check.ParagraphChecks;
import dev.tarjama.model.Flag;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs the deterministic checks on every draft. A translation that fails one is asked for once more, with the
 * findings; whichever answer has fewer findings is kept, with them.
 */
final class CheckStage implements Stage<Work.Drafted, List<Work.Checked>> {
    private final ParagraphChecks checks;
    private final TranslateStage translate;
    private final String targetLanguage;

    CheckStage(ParagraphChecks checks, TranslateStage translate, String targetLanguage) {
        this.checks = checks;
        this.translate = translate;
        this.targetLanguage = targetLanguage;
    }

    @Override
    public List<Work.Checked> apply(Work.Drafted drafted) {
        List<Work.Checked> checked = new ArrayList<>(drafted.drafts().size());
        for (Work.Draft draft : drafted.drafts()) {
            checked.add(check(drafted.glossed(), draft));
        }
        return checked;
    }

    private Work.Checked check(Work.Glossed glossed, Work.Draft first) {
        if (first.error() != null) {
            return Work.Checked.failed(first.segment(), first.error());
        }
        if (first.planned()) {
            return kept(first, List.of(), false); // a dry run's placeholder: nothing to check
        }
        List<Flag> firstFlags = flags(glossed, first);
        if (firstFlags.isEmpty()) {
            return kept(first, firstFlags, false);
        }
        return askAgain(glossed, first, firstFlags);
    }

    /** Asks once more with the findings and keeps whichever answer has fewer; the first when the request fails. */
    Work.Checked askAgain(Work.Glossed glossed, Work.Draft first, List<Flag> firstFlags) {
        String feedback = firstFlags.stream().map(Flag::toString).collect(Collectors.joining("; "));
        Work.Draft second = translate.ask(glossed, first.segment(), feedback);
        if (second.error() != null) {
            return kept(first, firstFlags, true);
        }
        List<Flag> secondFlags = flags(glossed, second);
        return secondFlags.size() <= firstFlags.size()
                ? kept(second, secondFlags, true)
                : kept(first, firstFlags, true);
    }

    List<Flag> flags(Work.Glossed glossed, Work.Draft draft) {
        return checks.run(new CheckInput(
                draft.segment().text(),
                draft.translation(),
                glossed.article().language(),
                targetLanguage,
                glossed.glossary().applicableTo(draft.segment().text())));
    }

    private static Work.Checked kept(Work.Draft draft, List<Flag> flags, boolean rechecked) {
        return new Work.Checked(
                draft.segment(), draft.translation(), draft.summary(), draft.terms(), flags, rechecked, null);
    }
}
