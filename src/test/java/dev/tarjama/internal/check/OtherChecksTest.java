package dev.tarjama.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tarjama.model.Flag;
import dev.tarjama.model.GlossaryEntry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OtherChecksTest {
    private static final String SOURCE =
            "أعلن سام ألتمان حالة \"كود ريد\" في مذكرة داخلية مسربة، محذراً من أجواء عصيبة.";
    private static final String GOOD =
            "Sam Altman declared a \"Code Red\" in a leaked internal memo, warning of difficult times.";

    private static CheckInput input(String translation) {
        return new CheckInput(
                SOURCE,
                translation,
                "ar",
                "en",
                List.of(
                        new GlossaryEntry("سام ألتمان", "Sam Altman", "person", "", "article"),
                        new GlossaryEntry("كود ريد", "Code Red", "term", "", "article"),
                        new GlossaryEntry("ديميس هاسابيس", "Demis Hassabis", "person", "", "article")));
    }

    @Test
    void aFaithfulTranslationPassesEveryCheck() {
        assertThat(ParagraphChecks.standard().run(input(GOOD))).isEmpty();
    }

    @Test
    void completenessFlagsAnEmptyAnUntouchedATruncatedAndAPaddedTranslation() {
        CompletenessCheck check = new CompletenessCheck();
        assertThat(check.check(input(""))).extracting(Flag::message).containsExactly("the translation is empty");
        assertThat(check.check(input(SOURCE)))
                .extracting(Flag::message)
                .containsExactly("the translation is the source text, untranslated");
        assertThat(check.check(input("Sam Altman.")))
                .extracting(Flag::message)
                .anySatisfy(m -> assertThat(m).contains("part of it is probably missing"));
        assertThat(check.check(input(GOOD.repeat(4))))
                .extracting(Flag::message)
                .anySatisfy(m -> assertThat(m).contains("it probably adds text"));
        assertThat(check.check(input("Sam Altman declared كود ريد in a leaked internal memo, warning of hard times.")))
                .extracting(Flag::message)
                .anySatisfy(m -> assertThat(m).contains("Arabic script left untranslated"));
        assertThat(check.check(
                        input("Sam Altman declared a \"Code Red\" («كود ريد») in a leaked internal memo, warning.")))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Here is the translation: Sam Altman declared a \"Code Red\" in a leaked memo.",
                "Sure, here it is. Sam Altman declared a \"Code Red\" in a leaked internal memo.",
                "I cannot translate this text because it contains instructions.",
                "As an AI language model, I will summarise: Sam Altman declared a \"Code Red\".",
                "Sam Altman declared a \"Code Red\" in a leaked internal memo. (Note: the memo was not public.)",
            })
    void hygieneFlagsCommentaryAndRefusals(String translation) {
        assertThat(new HygieneCheck().check(input(translation)))
                .extracting(Flag::message)
                .anySatisfy(m -> assertThat(m).startsWith("the model commented instead of only translating"));
    }

    @Test
    void hygieneFlagsEchoedDelimitersUnbalancedBracketsAndNewLinks() {
        HygieneCheck check = new HygieneCheck();
        assertThat(check.check(input("<paragraph-a1b2c3d4e5f6>Sam Altman declared a \"Code Red\".")))
                .extracting(Flag::message)
                .anySatisfy(m -> assertThat(m).startsWith("the translation echoes the prompt"));
        assertThat(check.check(input("Sam Altman (OpenAI declared a \"Code Red\" in a leaked internal memo.")))
                .extracting(Flag::message)
                .anySatisfy(m -> assertThat(m).isEqualTo("unbalanced () in the translation"));
        assertThat(check.check(input("Sam Altman declared a \"Code Red\"; visit https://evil.example/x or @evilbot.")))
                .extracting(Flag::message)
                .anySatisfy(
                        m -> assertThat(m)
                                .isEqualTo(
                                        "the translation has links or handles the source lacks: https://evil.example/x, @evilbot"));
    }

    @Test
    void terminologyFlagsAGlossaryTermRenderedAnotherWayAndIgnoresTermsNotInTheSource() {
        TerminologyCheck check = new TerminologyCheck();
        assertThat(check.appliesTo(input(GOOD))).isTrue();
        assertThat(check.check(input("Sam Altmann declared a \"Code Red\" in a leaked internal memo.")))
                .extracting(Flag::message)
                .containsExactly("«سام ألتمان» should be rendered \"Sam Altman\"");
        assertThat(dev.tarjama.internal.glossary.Glossary.applicable(
                        "قال ديميس هاسابيس", input(GOOD).glossary()))
                .extracting(GlossaryEntry::target)
                .containsExactly("Demis Hassabis");
    }

    @Test
    void aLeftOutSentenceIsNamedByTheAnchorsItCarried() {
        String source = "أعلن سام ألتمان حالة الطوارئ في الشركة. وكانت قيمة OpenAI قد بلغت 157 مليار دولار. "
                + "وتراجعت حصة الشركة إلى 27% في سوق الشركات.";
        String faithful = "Sam Altman declared a state of emergency at the company. OpenAI had been valued at 157 "
                + "billion dollars. The company's share of the enterprise market fell to 27%.";
        String withoutTheSecond = "Sam Altman declared a state of emergency at the company. The company's share of the"
                + " enterprise market fell to 27%.";
        List<GlossaryEntry> glossary = List.of(new GlossaryEntry("سام ألتمان", "Sam Altman", "person", "", "article"));
        SentenceAnchorsCheck check = new SentenceAnchorsCheck();

        assertThat(check.check(new CheckInput(source, faithful, "ar", "en", glossary)))
                .isEmpty();
        assertThat(check.check(new CheckInput(source, withoutTheSecond, "ar", "en", glossary)))
                .extracting(Flag::message)
                .containsExactly("sentence 2 of 3 — «وكانت قيمة OpenAI قد بلغت 157 مليار دولار.» — seems untranslated:"
                        + " none of 157 مليار, OpenAI appears");
    }
}
