package dev.tarjama.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tarjama.ArticleSource;
import dev.tarjama.GlossaryMode;
import dev.tarjama.Lexicon;
import dev.tarjama.Options;
import dev.tarjama.model.Flag;
import dev.tarjama.model.TranslatedArticle;
import dev.tarjama.model.TranslatedParagraph;
import dev.tarjama.testing.CliRun;
import dev.tarjama.testing.FakeProvider;
import dev.tarjama.testing.InstalledDictionary;
import dev.tarjama.testing.InventedSentences;
import dev.tarjama.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Whole articles through the pipeline, over the wire, answered by a provider that knows their human translations:
 * articles of pseudo-paragraphs (2 to 28 held-apart Tatoeba pairs each), every paragraph answered with its human
 * translation (looked up by its source text), as it is, with an invented sentence appended, or with its second half
 * dropped. Synthetic English cannot exercise the addition check: a dictionary only explains real translations.
 */
class HumanTranslationArticlesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ARTICLES = 16;
    private static final int PARAGRAPHS = 12;

    private final Map<String, String> human = new HashMap<>();
    private final List<String> articles = new ArrayList<>();
    private FakeProvider fake;

    @BeforeEach
    void setUp() throws IOException {
        InstalledDictionary.require();
        List<String[]> pairs = new ArrayList<>();
        List<String> lines =
                Files.readAllLines(SharedData.require("parallel/tatoeba-ara-eng.test.tsv"), StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i += 2) { // held apart: the checks were fitted on the even lines
            String[] f = lines.get(i).split("\t", -1);
            if (f.length >= 4 && !f[2].isBlank()) {
                pairs.add(new String[] {f[2].strip(), f[3].strip()});
            }
        }
        Random random = new Random(20261207);
        for (int a = 0; a < ARTICLES; a++) {
            StringBuilder article = new StringBuilder();
            String[] title = pairs.get(random.nextInt(pairs.size()));
            human.put(key(title[0]), title[1]);
            article.append(title[0]).append("\n\n");
            for (int p = 0; p < PARAGRAPHS; p++) {
                StringBuilder source = new StringBuilder();
                StringBuilder english = new StringBuilder();
                for (int k = 0, n = 2 + random.nextInt(27); k < n; k++) {
                    String[] pair = pairs.get(random.nextInt(pairs.size()));
                    source.append(k == 0 ? "" : " ").append(pair[0]);
                    english.append(k == 0 ? "" : " ").append(pair[1]);
                }
                human.put(key(source.toString()), english.toString());
                article.append(source).append("\n\n");
            }
            articles.add(article.toString());
        }
        fake = new FakeProvider();
    }

    @AfterEach
    void tearDown() throws IOException {
        fake.close();
    }

    @Test
    void humanTranslationsPassAndInventedSentencesAndDroppedHalvesAreCaught() throws IOException {
        List<String> invented = InventedSentences.all();
        double clean = flaggedShare(english -> english);
        // the same sentence for a paragraph each time it is asked (a re-ask after a flag gets the same answer)
        double added = flaggedShare(
                english -> english + " " + invented.get(Math.floorMod(english.hashCode(), invented.size())));
        double halved = flaggedShare(english -> {
            int cut = english.lastIndexOf(' ', english.length() / 2);
            return english.substring(0, cut > 0 ? cut : english.length() / 2);
        });
        System.out.printf(
                Locale.ROOT,
                "%d paragraphs answered by human translations: flagged %.1f%% as they are, %.1f%% with an invented"
                        + " sentence, %.1f%% with the second half dropped%n",
                ARTICLES * PARAGRAPHS,
                clean,
                added,
                halved);
        assertThat(clean).as("clean paragraphs flagged, %").isLessThanOrEqualTo(5.0);
        assertThat(added).as("invented sentences caught, %").isGreaterThanOrEqualTo(95.0);
        assertThat(halved).as("dropped halves caught, %").isGreaterThanOrEqualTo(90.0);
    }

    @Test
    void withoutADictionaryTheCheckIsOffAndSaysWhy() throws IOException {
        answerWith(english -> english + " " + InventedSentences.all().get(0));
        try (Tarjama tarjama = tarjama(Lexicon.at(Files.createTempDirectory("no-dictionary")))) {
            throw new AssertionError("a --lexicon naming no dictionary must be refused, not ignored");
        } catch (dev.tarjama.ConfigurationException expected) {
            assertThat(expected.getMessage()).contains(Lexicon.DEBIAN_PACKAGE);
        }
        try (Tarjama tarjama = tarjama(new Lexicon(Files.createTempDirectory("not-installed"), false))) {
            assertThat(tarjama.additionCheckNote())
                    .hasValueSatisfying(note ->
                            assertThat(note).contains("addition check is off").contains(Lexicon.DEBIAN_PACKAGE));
            TranslatedArticle article = tarjama.translate(ArticleSource.text("a.txt", articles.get(0)));
            assertThat(flagsOf(article)).noneMatch(flag -> flag.check().equals("addition"));
        }
        try (Tarjama tarjama = tarjama(Lexicon.installed())) {
            assertThat(tarjama.additionCheckNote()).isEmpty();
            TranslatedArticle article = tarjama.translate(ArticleSource.text("a.txt", articles.get(0)));
            assertThat(flagsOf(article)).anyMatch(flag -> flag.check().equals("addition"));
        }
    }

    /** The share of body paragraphs flagged by any check when every answer is {@code damage} of the human one. */
    private double flaggedShare(UnaryOperator<String> damage) {
        answerWith(damage);
        int paragraphs = 0;
        int flagged = 0;
        try (Tarjama tarjama = tarjama(Lexicon.installed())) {
            for (int a = 0; a < articles.size(); a++) {
                TranslatedArticle article = tarjama.translate(ArticleSource.text("a" + a + ".txt", articles.get(a)));
                for (TranslatedParagraph paragraph :
                        article.paragraphs().subList(1, article.paragraphs().size())) {
                    paragraphs++;
                    if (!paragraph.flags().isEmpty()) {
                        flagged++;
                    } else if (System.getenv("SHOW_MISSES") != null) {
                        System.out.println("unflagged: " + paragraph.translation());
                    }
                }
            }
        }
        assertThat(paragraphs).isEqualTo(ARTICLES * PARAGRAPHS);
        return 100.0 * flagged / paragraphs;
    }

    private static List<Flag> flagsOf(TranslatedArticle article) {
        return article.paragraphs().stream().flatMap(p -> p.flags().stream()).toList();
    }

    private Tarjama tarjama(Lexicon lexicon) {
        return Tarjama.builder()
                .backend("openai", fake.baseUrl(), CliRun.KEY, "fake")
                .options(Options.builder()
                        .concurrency(4)
                        .glossaryMode(GlossaryMode.OFF)
                        .lexicon(lexicon)
                        .build())
                .build();
    }

    /** Every paragraph answered by {@code damage} of its human translation, looked up by its source text. */
    private void answerWith(UnaryOperator<String> damage) {
        fake.withOverride(request -> switch (request.kind()) {
            case "paragraph_batch" ->
                fake.batchAnswer(FakeProvider.batchBlocks(request.userMessage()).entrySet().stream()
                        .map(block -> Map.entry(block.getKey(), damage.apply(humanOf(block.getValue()))))
                        .toList());
            case "paragraph_translation" -> {
                ObjectNode content = JSON.createObjectNode()
                        .put("translation", damage.apply(humanOf(request.paragraph())))
                        .put("summary", "A summary.");
                yield fake.completionInWire(content.toString());
            }
            default -> (MockResponse) null;
        });
    }

    private String humanOf(String source) {
        String english = human.get(key(source));
        if (english == null) {
            throw new IllegalStateException("no human translation for a paragraph the fake was sent: " + source);
        }
        return english;
    }

    private static String key(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
