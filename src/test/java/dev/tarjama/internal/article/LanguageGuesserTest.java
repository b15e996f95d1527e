package dev.tarjama.internal.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageGuesserTest {
    @ParameterizedTest(name = "{1} is {0}")
    @CsvSource(delimiter = '|', textBlock = """
            ar | أعلن الرئيس التنفيذي للشركة عن خطة جديدة لمواجهة المنافسة المتزايدة في السوق
            fa | رئیس جمهور امروز در یک سخنرانی گفت که کشور به همکاری بیشتری نیاز دارد
            ur | وزیر اعظم نے کہا ہے کہ حکومت عوام کے مسائل حل کرنے کے لیے پرعزم ہے
            he | ראש הממשלה אמר היום כי הממשלה תפעל לשיפור המצב הכלכלי
            ru | Президент заявил, что правительство примет новые меры поддержки экономики
            uk | Президент заявив, що уряд ухвалить нові заходи підтримки економіки і її розвитку
            fr | Le président a déclaré que le gouvernement prendra des mesures pour les entreprises
            en | The president said that the government will take new measures to support the economy
            zh | 总统表示政府将采取新的措施支持经济发展
            ja | 大統領は政府が経済を支援するための新たな措置を講じると述べた
            """)
    void guessesTheLanguageOfNewsText(String expected, String text) {
        assertThat(new LanguageGuesser().guess(text)).isEqualTo(expected);
    }
}
