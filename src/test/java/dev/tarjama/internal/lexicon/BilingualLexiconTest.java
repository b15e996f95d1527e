package dev.tarjama.internal.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tarjama.ConfigurationException;
import dev.tarjama.Lexicon;
import dev.tarjama.testing.DictdFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BilingualLexiconTest {
    @TempDir
    static Path dir;

    static BilingualLexicon lexicon;

    @BeforeAll
    static void load() throws IOException {
        new DictdFixture()
                .entry("شركة", "Company", "Firm")
                .entry("أعلن", "Announce", "Declare")
                .entry("الحكومة", "Government")
                .entry("كِتَاب", "Book")
                .entry("جديد", "New", "Recent")
                .entry("ميناء", "Port", "Harbour")
                .entry("أغلق", "Close", "Shut")
                .entry("وزارة الخارجية", "Foreign ministry")
                .entry("سامي", "Sublime")
                .entry("كثير", "Much", "Plenty")
                .entry("قطر", "Qatar", "Diameter")
                .writeTo(dir.resolve("dict"));
        lexicon = LexiconFiles.locate(Lexicon.at(dir.resolve("dict")))
                .orElseThrow()
                .load();
    }

    @Test
    void readsEveryHeadwordWithAGloss() {
        assertThat(lexicon.headwords()).isEqualTo(11);
    }

    @Test
    void explainsWordsThroughClitsicsInflectionsAndDiacritics() {
        List<SentenceCoverage> coverage = lexicon.coverage(
                "أعلنت الحكومة إغلاق الميناء وكتابها", "The government announced it closed the port and its book.");
        assertThat(coverage).hasSize(1);
        assertThat(coverage.get(0).contentWords()).isEqualTo(5); // government announced closed port book
        assertThat(coverage.get(0).unexplained()).isEqualTo(1); // "closed": the source has the verbal noun إغلاق
    }

    @Test
    void explainsAPhraseHeadwordAndANameBySpelling() {
        List<SentenceCoverage> coverage = lexicon.coverage(
                "قال سامي إن وزارة الخارجية أغلقت الميناء", "Sami said the foreign ministry closed the port.");
        assertThat(coverage.get(0).unexplained()).isZero();
    }

    @Test
    void aNameTheDictionaryGlossesIsNotExplainedByAnotherWordOfTheSameConsonants() {
        // كثير and Qatar share k-t-r; only a word the dictionary does not know may stand for a name it glosses
        assertThat(lexicon.coverage("قال كثير من الناس", "Qatar.").get(0).unexplained())
                .isEqualTo(1);
        assertThat(lexicon.coverage("زار فاضل قطر", "Qatar.").get(0).unexplained())
                .isZero();
    }

    @Test
    void leavesAnInventedSentenceUnexplainedSentenceBySentence() {
        // each sentence is explained by the source words around its place; the added one pushes the others earlier
        List<SentenceCoverage> coverage = lexicon.coverage(
                "أعلنت الشركة عن كتاب جديد. وقالت الحكومة إن الميناء أغلق.",
                "The company announced a new book. The government said the port closed. Shares of Aramco fell"
                        + " sharply in Riyadh trading on Monday.");
        assertThat(coverage).hasSize(3);
        assertThat(coverage.get(0).unexplained()).isZero();
        assertThat(coverage.get(1).unexplained()).isZero();
        assertThat(coverage.get(2).contentWords()).isEqualTo(7);
        assertThat(coverage.get(2).unexplained()).isEqualTo(7);
    }

    @Test
    void aLatinWordTheSourceWritesExplainsItself() {
        List<SentenceCoverage> coverage = lexicon.coverage("أعلنت شركة Aramco", "Aramco announced.");
        assertThat(coverage.get(0).unexplained()).isZero();
    }

    @Test
    void findsTheDatabaseByDirectoryOrEitherFileAndRefusesAPlaceWithout() throws IOException {
        Path d = dir.resolve("dict");
        assertThat(LexiconFiles.locate(Lexicon.at(d.resolve("freedict-ara-eng.index"))))
                .isPresent();
        assertThat(LexiconFiles.locate(Lexicon.at(d.resolve("freedict-ara-eng.dict.dz"))))
                .isPresent();
        assertThat(LexiconFiles.locate(Lexicon.OFF)).isEmpty();
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThat(LexiconFiles.locate(new Lexicon(empty, false))).isEmpty();
        assertThatThrownBy(() -> LexiconFiles.locate(Lexicon.at(empty)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(Lexicon.DEBIAN_PACKAGE);
    }

    @Test
    void anIndexPointingPastItsDataIsNotADictionary() throws IOException {
        Path bad = new DictdFixture().entry("شركة", "Company").writeTo(dir.resolve("bad"));
        Files.writeString(bad.resolve("freedict-ara-eng.index"), "شركة\tBAAA\tZ\n");
        assertThatThrownBy(
                        () -> LexiconFiles.locate(Lexicon.at(bad)).orElseThrow().load())
                .isInstanceOf(IOException.class)
                .hasMessageContaining("points past the end");
    }
}
