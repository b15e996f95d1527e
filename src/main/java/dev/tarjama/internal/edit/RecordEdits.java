package dev.tarjama.internal.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tarjama.InputException;
import dev.tarjama.Paper;
import dev.tarjama.StorageException;
import dev.tarjama.internal.render.ArticleRecord;
import dev.tarjama.internal.render.Formats;
import dev.tarjama.internal.render.OutputFormat;
import dev.tarjama.internal.render.OutputWriter;
import dev.tarjama.internal.render.PageFont;
import dev.tarjama.internal.render.SharedAssets;
import dev.tarjama.model.TranslatedArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.StreamSupport;

/**
 * A person's edits written into an article's record the way every editor writes them ({@code tarjama import}, the
 * review desk): the paragraph takes the person's text, marked {@code "edited_by": "human"} with the time and the
 * model's text kept beside it ({@code model_translation}); its checks' flags go (they judged the text that is gone);
 * the record's counts follow, and every output already in the folder is written again from the record.
 */
public final class RecordEdits {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RecordEdits() {}

    /** The folder's {@code article.json}, as a tree to edit. */
    public static ObjectNode read(Path folder) {
        Path record = folder.resolve(OutputWriter.RECORD);
        try {
            return (ObjectNode) JSON.readTree(Files.readString(record, StandardCharsets.UTF_8));
        } catch (IOException | ClassCastException e) {
            throw new InputException(record + ": cannot read it (" + e.getMessage() + ")", e);
        }
    }

    /** The record's paragraphs by index. */
    public static Map<Integer, ObjectNode> paragraphs(ObjectNode record) {
        Map<Integer, ObjectNode> paragraphs = new TreeMap<>();
        record.path("paragraphs").forEach(p -> paragraphs.put(p.path("index").asInt(), (ObjectNode) p));
        return paragraphs;
    }

    /** A person's text in place of the paragraph's; the model's text is kept the first time. */
    public static void edit(ObjectNode paragraph, String text, Instant now) {
        JsonNode before = paragraph.get("translation");
        if (!isEdited(paragraph) && before != null && !before.isNull()) {
            paragraph.put("model_translation", before.asText());
        }
        paragraph.put("translation", text);
        paragraph.put("status", "ok");
        paragraph.putNull("error");
        paragraph.putArray("checks");
        paragraph.put("edited_by", "human");
        paragraph.put("edited_at", now.toString());
    }

    /**
     * The model's text back in place of a person's, when the record kept it.
     *
     * @return whether the paragraph changed
     */
    public static boolean revert(ObjectNode paragraph) {
        if (!isEdited(paragraph) || !paragraph.hasNonNull("model_translation")) {
            return false;
        }
        paragraph.put("translation", paragraph.get("model_translation").asText());
        paragraph.remove(List.of("model_translation", "edited_by", "edited_at"));
        return true;
    }

    public static boolean isEdited(JsonNode paragraph) {
        return paragraph.path("edited_by").asText().equals("human");
    }

    /**
     * Writes the edited record and every other output already in the folder again from it.
     *
     * @return the files written
     * @throws InputException   when the record is not one tarjama can read
     * @throws StorageException when the folder cannot be written
     */
    public static List<Path> rewrite(Path folder, ObjectNode record, Paper paper) {
        recount(record);
        TranslatedArticle article;
        try {
            article = ArticleRecord.read(record);
        } catch (RuntimeException e) { // a field missing or malformed: not a record tarjama wrote, or hand-edited
            throw new InputException(
                    folder.resolve(OutputWriter.RECORD) + ": not an article record tarjama can read (" + e.getMessage()
                            + ")",
                    e);
        }
        List<Path> written = new ArrayList<>();
        Path file = folder.resolve(OutputWriter.RECORD);
        try {
            OutputWriter.writeAtomically(
                    file, out -> out.write((JSON.writeValueAsString(record) + "\n").getBytes(StandardCharsets.UTF_8)));
            written.add(file);
            PageFont font = pageFont(folder);
            for (OutputFormat format : Formats.select(List.of("all"), paper)) {
                Path output = folder.resolve(format.fileName());
                if (Files.exists(output) && !format.fileName().equals(OutputWriter.RECORD)) {
                    OutputWriter.writeAtomically(output, out -> format.write(article, out, font));
                    written.add(output);
                }
            }
        } catch (IOException e) {
            throw new StorageException("cannot write to " + folder + ": " + e.getMessage(), e);
        }
        return written;
    }

    /**
     * How the folder's pages get their Arabic face, as they got it before: a page that carried it (written with
     * {@code --self-contained}, or before the root kept one copy) keeps carrying it; the others link the root's.
     */
    private static PageFont pageFont(Path folder) throws IOException {
        Path page = folder.resolve("bilingual.html");
        Path root = folder.toAbsolutePath().normalize().getParent();
        if (root == null || (Files.isRegularFile(page) && Files.readString(page).contains("data:font/"))) {
            return PageFont.EMBEDDED;
        }
        return new SharedAssets(root).fontFor(folder);
    }

    /** The record's QA counts, after edits cleared some flags. */
    private static void recount(ObjectNode root) {
        long checked = 0;
        long flagged = 0;
        Map<String, Long> byCheck = new TreeMap<>();
        for (JsonNode p : root.path("paragraphs")) {
            if (p.path("status").asText().equals("ok")) {
                checked++;
            }
            if (!p.path("checks").isEmpty()) {
                flagged++;
            }
            p.path("checks").forEach(c -> byCheck.merge(c.path("check").asText(), 1L, Long::sum));
        }
        ObjectNode qa = root.withObjectProperty("qa");
        qa.put("paragraphs_checked", checked);
        qa.put("paragraphs_flagged", flagged);
        ObjectNode flags = qa.putObject("flags_by_check");
        byCheck.forEach(flags::put);
        qa.put(
                "paragraphs_edited",
                StreamSupport.stream(root.path("paragraphs").spliterator(), false)
                        .filter(RecordEdits::isEdited)
                        .count());
    }
}
