package dev.tarjama.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tarjama.model.Flag;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersCheckTest {
    private final NumbersCheck check = new NumbersCheck();

    private List<Flag> check(String source, String translation) {
        return check.check(new CheckInput(source, translation, "ar", "en", List.of()));
    }

    @ParameterizedTest(name = "{0} ≡ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            تبلغ قيمتها 157 مليار دولار                         | valued at $157 billion
            تبلغ قيمتها 157 مليار دولار                         | valued at $157bn
            تمويلاً ضخماً قدره ٦٫٦ مليار دولار                   | a huge $6.6 billion round
            سجل ١٬٣٥١ زيارة                                     | recorded 1,351 visits
            تراجعت الحصة إلى ٢٧٪                                | the share fell to 27%
            يحتفظ بـ 800 مليون مستخدم                           | keeps 800 million users
            حوالي مئة و عشرون مليون نسمة                        | about 120 million people
            منذ مئتين وواحد وعشرين عاماً                        | for 221 years
            عمرها ثمانية عشر عاماً                              | she was 18
            الولايات المتحدة تتكون من خمسون ولاية               | comprises 50 states
            المكتبة في الطابق الرابع                            | on the 4th floor
            المكتبة في الطابق الرابع                            | on the fourth floor
            تبدأ المدرسة الساعة الثامنة و النصف                 | at 8:30 a.m.
            بني المنزل في الأربعينيات                           | built in the 40s
            جهاز من التسعينيات                                  | a set from the 1990s
            شكّل الرقم تسعة واحد واحد                           | dialled 911
            في عامها السادس بعد المائة                          | is 106 years old
            لم تعد مستخدمة منذ 1995                             | not used since 1995
            أكثر من تسعين بالمئة من الناس                       | more than 90% of people
            40 في المائة من الطلبة                              | 40 percent of students
            اشترى ثلاث تفاحات واثنين من البرتقال                | bought three apples and two oranges
            لديه أخوان                                          | he has two brothers
            نموذج "أو 1" (o1)                                   | the o1 model
            الحرب العالمية الثالثة                              | World War III
            سجل 1.351 مليار زيارة                               | recorded 1.351 billion visits
            سجل 1.351 مليار زيارة                               | recorded 1,351 million visits
            سجل ١٫٣٥١ مليار زيارة                               | recorded 1.351 billion visits
            برأس مال يبلغ 100.000 دولار                         | with $100,000 in capital
            """)
    void acceptsTheSameNumberInAnyNotation(String source, String translation) {
        assertThat(check(source.strip(), translation.strip())).isEmpty();
    }

    @ParameterizedTest(name = "{0} ≢ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            تبلغ قيمتها 157 مليار دولار      | valued at $157 million                | 157 مليار in the source is missing
            تبلغ قيمتها 157 مليار دولار      | valued at $157 million                | 157 million in the translation is not in the source
            تبلغ قيمتها ١٥٧ مليار دولار      | valued at billions of dollars         | 157 مليار in the source is missing
            تبلغ قيمتها 157 مليار دولار      | valued at $157                        | 157 مليار in the source is missing
            تراجعت الحصة إلى 27%            | the share fell sharply                | 27 in the source is missing
            تراجعت الحصة إلى 27%            | the share fell to 72%                 | 72 in the translation is not in the source
            جمعت تمويلاً قدره 6.6 مليار      | raised 6.6 billion in 2024            | 2024 in the translation is not in the source
            اشترى ثلاث تفاحات               | bought four apples                    | four in the translation is not in the source
            سجل 1.351 مليار زيارة            | recorded 1.351 million visits         | 1.351 مليار in the source is missing
            سجل ١٫٣٥١ مليار زيارة            | recorded 1.351 million visits         | 1.351 million in the translation is not in the source
            سجل 1.351 مليار زيارة            | recorded 1,351 billion visits         | 1,351 billion in the translation is not in the source
            سجل 2.5 مليون زيارة              | recorded 2.5 thousand visits          | 2.5 مليون in the source is missing
            """)
    void flagsADroppedChangedOrInventedNumber(String source, String translation, String message) {
        assertThat(check(source.strip(), translation.strip()))
                .extracting(Flag::message)
                .anySatisfy(m -> assertThat(m).contains(message.strip()));
    }
}
