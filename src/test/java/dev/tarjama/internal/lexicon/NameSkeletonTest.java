package dev.tarjama.internal.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameSkeletonTest {
    @ParameterizedTest
    @CsvSource({
        "سامي, Sami",
        "ليلى, Layla",
        "محمد, Mohammed",
        "حسن, Hassan",
        "الرياض, Riyadh",
        "شريف, Sharif",
        "توم, Tom",
        "فاضل, Fadil",
        "مناد, Mennad",
    })
    void anArabicNameAndItsEnglishSpellingShareASkeleton(String arabic, String english) {
        String fromArabic = ArabicForms.readings(ArabicForms.normalise(arabic)).stream()
                .map(NameSkeleton::ofArabic)
                .filter(s -> s.equals(NameSkeleton.ofEnglish(english)))
                .findFirst()
                .orElse(NameSkeleton.ofArabic(ArabicForms.normalise(arabic)));
        assertThat(fromArabic).isEqualTo(NameSkeleton.ofEnglish(english));
    }
}
