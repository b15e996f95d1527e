package dev.tarjama.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tarjama.Lexicon;
import dev.tarjama.internal.lexicon.BilingualLexicon;
import dev.tarjama.internal.lexicon.LexiconFiles;
import dev.tarjama.model.Flag;
import dev.tarjama.testing.DictdFixture;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdditionCheckTest {
    private static final String SOURCE = "أعلنت الحكومة إغلاق الميناء الجديد. وقالت الشركة إن الكتاب جديد.";
    private static final String FAITHFUL =
            "The government announced the closure of the new port. The company said the book was new.";
    private static final String INVENTED =
            " Shares of Aramco fell sharply in Riyadh trading after investors questioned quarterly dividends.";

    @TempDir
    static Path dir;

    static AdditionCheck check;

    @BeforeAll
    static void load() throws IOException {
        new DictdFixture()
                .entry("شركة", "Company")
                .entry("أعلن", "Announce")
                .entry("حكومة", "Government")
                .entry("إغلاق", "Closure", "Closing")
                .entry("ميناء", "Port")
                .entry("جديد", "New")
                .entry("قال", "Say")
                .entry("كتاب", "Book")
                .writeTo(dir);
        BilingualLexicon lexicon =
                LexiconFiles.locate(Lexicon.at(dir)).orElseThrow().load();
        check = new AdditionCheck(lexicon);
    }

    @Test
    void aFaithfulTranslationPasses() {
        assertThat(check.check(input(FAITHFUL))).isEmpty();
    }

    @Test
    void anInventedSentenceIsFlaggedAndQuoted() {
        List<Flag> flags = check.check(input(FAITHFUL + INVENTED));
        assertThat(flags).singleElement().satisfies(flag -> {
            assertThat(flag.check()).isEqualTo("addition");
            assertThat(flag.message()).contains(INVENTED.strip());
        });
    }

    @Test
    void onlyArabicIntoEnglishIsJudged() {
        CheckInput french = new CheckInput(SOURCE, FAITHFUL + INVENTED, "ar", "fr", List.of());
        assertThat(check.appliesTo(french)).isFalse();
        assertThat(check.check(french)).isEmpty();
    }

    @Test
    void theScoreGrowsWithTheUnexplainedWordsOfASentence() {
        var few = new dev.tarjama.internal.lexicon.SentenceCoverage("s", 8, 3);
        var most = new dev.tarjama.internal.lexicon.SentenceCoverage("s", 8, 8);
        assertThat(AdditionCheck.score(most)).isGreaterThan(AdditionCheck.THRESHOLD);
        assertThat(AdditionCheck.score(few)).isLessThan(AdditionCheck.THRESHOLD);
    }

    private static CheckInput input(String translation) {
        return new CheckInput(SOURCE, translation, "ar", "en", List.of());
    }
}
