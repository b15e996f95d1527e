package dev.tarjama.internal.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tarjama.Paper;
import dev.tarjama.Reporter;
import dev.tarjama.internal.publish.Publisher;
import dev.tarjama.internal.render.Formats;
import dev.tarjama.model.Article;
import dev.tarjama.model.BackendInfo;
import dev.tarjama.model.Paragraph;
import dev.tarjama.model.ParagraphKind;
import dev.tarjama.model.TranslatedArticle;
import dev.tarjama.model.TranslatedParagraph;
import dev.tarjama.model.Usage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desk's edits against a model of what an editor expects, over many seeded random sequences of saves (on the
 * current version, on a stale one, on any), reverts and a watch publishing a new translation (its sources sometimes
 * changed): after every step the folder's record says what the model says. A failure prints its seed.
 */
class DeskEditsModelTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PARAGRAPHS = 4;
    private static final int SEEDS = 60;
    private static final int STEPS = 25;

    @TempDir
    Path dir;

    /** What the model holds of one paragraph. */
    private static final class Expected {
        String source;
        String text;
        String modelText;
        boolean edited;
        /** The source the record holds now (an edit made on it survives a new translation of the same source). */
        String publishedSource;
    }

    @Test
    void theRecordFollowsTheModelOverRandomSequences() throws Exception {
        for (int seed = 0; seed < SEEDS; seed++) {
            try {
                run(seed);
            } catch (AssertionError | Exception e) {
                throw new AssertionError("seed " + seed + ": " + e.getMessage(), e);
            }
        }
    }

    private void run(long seed) throws Exception {
        Random random = new Random(seed);
        Path root = Files.createDirectories(dir.resolve("root-" + seed).resolve(".tarjama"))
                .getParent();
        Clock clock = Clock.fixed(Instant.parse("2026-12-08T10:00:00Z"), ZoneOffset.UTC);
        Publisher publisher = new Publisher(root, clock, new Reporter() {});
        DeskShelf shelf = new DeskShelf(root, clock);
        DeskEdits edits = new DeskEdits(shelf, clock, Paper.A4);

        Expected[] model = new Expected[PARAGRAPHS];
        for (int i = 0; i < PARAGRAPHS; i++) {
            model[i] = new Expected();
            model[i].source = "فقرة رقم " + i + " من الخبر.";
        }
        int generation = 0;
        publish(publisher, model, generation);
        String folder = "story";
        String[] stale = new String[PARAGRAPHS];

        for (int step = 0; step < STEPS; step++) {
            int i = random.nextInt(PARAGRAPHS);
            String current = DeskEdits.etag(paragraph(root, folder, i));
            switch (random.nextInt(5)) {
                case 0, 1 -> {
                    String text = "Edit " + step + " of paragraph " + i + ".";
                    DeskEdits.Outcome outcome = edits.save(folder, i, text, random.nextBoolean() ? current : "*");
                    assertThat(outcome.status()).isEqualTo(DeskEdits.Status.OK);
                    if (!model[i].text.equals(text)) {
                        if (!model[i].edited) {
                            model[i].modelText = model[i].text;
                        }
                        model[i].text = text;
                        model[i].edited = true;
                    }
                    stale[i] = current;
                }
                case 2 -> {
                    if (stale[i] != null && !stale[i].equals(current)) {
                        DeskEdits.Outcome outcome = edits.save(folder, i, "A late edit.", stale[i]);
                        assertThat(outcome.status()).isEqualTo(DeskEdits.Status.CONFLICT);
                    }
                }
                case 3 -> {
                    DeskEdits.Outcome outcome = edits.revert(folder, i, current);
                    assertThat(outcome.status()).isEqualTo(DeskEdits.Status.OK);
                    if (model[i].edited) {
                        model[i].text = model[i].modelText;
                        model[i].edited = false;
                        stale[i] = current;
                    }
                }
                default -> {
                    generation++;
                    if (random.nextInt(3) == 0) {
                        int changed = random.nextInt(PARAGRAPHS);
                        model[changed].source = "فقرة رقم " + changed + " بعد التحديث " + generation + ".";
                    }
                    String[] before = new String[PARAGRAPHS];
                    for (int k = 0; k < PARAGRAPHS; k++) {
                        before[k] = DeskEdits.etag(paragraph(root, folder, k));
                    }
                    publish(publisher, model, generation);
                    for (int k = 0; k < PARAGRAPHS; k++) {
                        if (!before[k].equals(DeskEdits.etag(paragraph(root, folder, k)))) {
                            stale[k] = before[k];
                        }
                    }
                }
            }
            check(root, folder, model);
        }
    }

    /** A watch's new translation: every paragraph's model text names its generation; edits on unchanged sources stay. */
    private static void publish(Publisher publisher, Expected[] model, int generation) {
        List<Paragraph> paragraphs = new ArrayList<>();
        List<TranslatedParagraph> translated = new ArrayList<>();
        for (int i = 0; i < model.length; i++) {
            Paragraph p = new Paragraph(i, ParagraphKind.BODY, model[i].source, List.of(model[i].source));
            paragraphs.add(p);
            String text = "Model text of paragraph " + i + ", generation " + generation + ".";
            translated.add(TranslatedParagraph.ok(p, text, "A summary."));
            boolean keeps = model[i].edited && model[i].source.equals(model[i].publishedSource);
            if (keeps) {
                model[i].modelText = text;
            } else {
                model[i].text = text;
                model[i].edited = false;
                model[i].modelText = null;
            }
            model[i].publishedSource = model[i].source;
        }
        Article article = new Article("story.txt", "خبر", "ar", "UTF-8", paragraphs);
        TranslatedArticle result = new TranslatedArticle(
                article,
                "en",
                new BackendInfo("openai", "model", "http://127.0.0.1"),
                Map.of(),
                Instant.parse("2026-12-08T09:00:00Z"),
                translated,
                null,
                "no brief in this test",
                Usage.NONE,
                false,
                List.of());
        publisher.publish(result, "story.txt", "urn:story", Formats.select(List.of("json", "html"), Paper.A4), false);
    }

    private static JsonNode paragraph(Path root, String folder, int index) throws Exception {
        return JSON.readTree(root.resolve(folder).resolve("article.json").toFile())
                .get("paragraphs")
                .get(index);
    }

    private static void check(Path root, String folder, Expected[] model) throws Exception {
        String page = Files.readString(root.resolve(folder).resolve("bilingual.html"));
        for (int i = 0; i < model.length; i++) {
            JsonNode p = paragraph(root, folder, i);
            assertThat(p.get("translation").asText()).as("¶%d text", i).isEqualTo(model[i].text);
            assertThat(p.path("edited_by").asText()).as("¶%d edited", i).isEqualTo(model[i].edited ? "human" : "");
            if (model[i].edited) {
                assertThat(p.path("model_translation").asText())
                        .as("¶%d model text", i)
                        .isEqualTo(model[i].modelText);
            }
            assertThat(page).as("¶%d on the page", i).contains(model[i].text);
        }
        assertThat(Arrays.stream(model).filter(e -> e.edited).count())
                .isEqualTo(JSON.readTree(
                                root.resolve(folder).resolve("article.json").toFile())
                        .path("qa")
                        .path("paragraphs_edited")
                        .asLong(0));
    }
}
