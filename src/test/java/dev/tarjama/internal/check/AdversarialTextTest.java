package dev.tarjama.internal.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.tarjama.model.GlossaryEntry;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Article and model text is untrusted: no check may take more than linear time on it. Each input is 200,000
 * characters shaped to make a backtracking pattern go quadratic (a long token, an unclosed bracket repeated); a
 * quadratic pattern takes minutes on them, a linear one milliseconds. The bound is a guard against that class of
 * bug, not a performance goal.
 */
class AdversarialTextTest {
    private static final int LENGTH = 200_000;
    private static final List<GlossaryEntry> GLOSSARY =
            List.of(new GlossaryEntry("ألتمان", "Altman", "person", "", "user"));

    static Stream<String> hostileTexts() {
        return Stream.of(
                "a".repeat(LENGTH),
                "1".repeat(LENGTH),
                "٣".repeat(LENGTH),
                "1,".repeat(LENGTH / 2),
                "1.".repeat(LENGTH / 2),
                "a1".repeat(LENGTH / 2),
                "1a".repeat(LENGTH / 2),
                "(".repeat(LENGTH),
                "« ".repeat(LENGTH / 2),
                "\" a".repeat(LENGTH / 3),
                "[x".repeat(LENGTH / 2),
                "a.".repeat(LENGTH / 2),
                "a@".repeat(LENGTH / 2),
                "a@b.".repeat(LENGTH / 4),
                "ب".repeat(LENGTH),
                "و ".repeat(LENGTH / 2),
                "ثلاث ".repeat(LENGTH / 5),
                "<b ".repeat(LENGTH / 3),
                "{{ a".repeat(LENGTH / 4),
                "I".repeat(LENGTH),
                "MX".repeat(LENGTH / 2),
                "ألتمان".repeat(LENGTH / 6));
    }

    @ParameterizedTest
    @MethodSource("hostileTexts")
    void everyCheckRunsInLinearTimeOnHostileText(String text) {
        ParagraphChecks checks = ParagraphChecks.standard();
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            checks.run(new CheckInput(text, text, "ar", "en", GLOSSARY));
            checks.run(new CheckInput("نص قصير.", text, "ar", "en", GLOSSARY));
            checks.run(new CheckInput(text, "A short text.", "ar", "en", GLOSSARY));
        });
        assertThat(text).hasSizeGreaterThan(LENGTH / 2);
    }
}
