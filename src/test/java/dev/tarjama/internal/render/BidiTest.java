package dev.tarjama.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Runs of the other direction are isolated whole, brackets and attached figures with them. */
class BidiTest {
    @Test
    void aLatinNameInArabicIsIsolatedAndItsOwnBracketsGoWithIt() {
        assertThat(Bidi.isolate("قال Sam Altman (OpenAI) إن الشركة", true))
                .isEqualTo("قال <bdi>Sam Altman (OpenAI)</bdi> إن الشركة");
        assertThat(Bidi.isolate("نموذج GPT-5 [OpenAI] الجديد", true))
                .isEqualTo("نموذج <bdi>GPT-5 [OpenAI]</bdi> الجديد");
        assertThat(Bidi.isolate("قال Sam Altman (OpenAI)", true)).isEqualTo("قال <bdi>Sam Altman (OpenAI)</bdi>");
    }

    @Test
    void bracketsOfTheArabicTextStayOutside() {
        assertThat(Bidi.isolate("الشركة (OpenAI) أعلنت", true)).isEqualTo("الشركة (<bdi>OpenAI</bdi>) أعلنت");
        assertThat(Bidi.isolate("قال (المدير Sam) إن", true)).isEqualTo("قال (المدير <bdi>Sam</bdi>) إن");
    }

    @Test
    void arabicInAnEnglishFlagIsIsolatedAndTheTextEscaped() {
        assertThat(Bidi.isolate("«سام ألتمان» should be <b>", false))
                .isEqualTo("«<bdi>سام ألتمان</bdi>» should be &lt;b&gt;");
    }
}
