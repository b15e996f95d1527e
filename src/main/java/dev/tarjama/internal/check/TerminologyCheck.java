package dev.tarjama.internal.check;

import dev.tarjama.internal.glossary.Glossary;
import dev.tarjama.model.Flag;
import dev.tarjama.model.GlossaryEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Every glossary term found in the source appears in the translation in its agreed rendering. */
public final class TerminologyCheck implements ParagraphCheck {
    @Override
    public String name() {
        return "terminology";
    }

    @Override
    public boolean appliesTo(CheckInput input) {
        return !Glossary.applicable(input.source(), input.glossary()).isEmpty();
    }

    @Override
    public List<Flag> check(CheckInput input) {
        String translation =
                input.translation() == null ? "" : input.translation().replace('’', '\'');
        List<Flag> flags = new ArrayList<>();
        for (GlossaryEntry entry : Glossary.applicable(input.source(), input.glossary())) {
            // whole words: "Sam Altmann" is not "Sam Altman"; "Altman's" is
            Pattern rendering = Pattern.compile(
                    "(?<![\\p{L}\\p{N}])" + Pattern.quote(entry.target().replace('’', '\'')) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            if (!rendering.matcher(translation).find()) {
                flags.add(new Flag(name(), "«" + entry.source() + "» should be rendered \"" + entry.target() + "\""));
            }
        }
        return flags;
    }
}
