package dev.tarjama.internal.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tarjama.InputException;
import dev.tarjama.Paper;
import dev.tarjama.StorageException;
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

/**
 * {@code tarjama import}: a post-edited {@code article.xlf} brought back into its folder. Every unit whose target a
 * person changed replaces that paragraph's translation in {@code article.json}, marked {@code "edited_by": "human"}
 * with the time, its model-era check flags dropped (they were about the text that is gone); then every other output
 * already in the folder is written again from the record. The answer cache is not touched, and units left as they
 * were change nothing.
 */
public final class XliffImport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** What an import did: the paragraphs it changed and the files it wrote. */
    public record Result(Path folder, List<Integer> changed, List<Path> written) {}

    private XliffImport() {}

    /**
     * Applies the edits in {@code xliff} to the {@code article.json} beside it and re-renders the folder.
     *
     * @throws dev.tarjama.InputException when either file cannot be read or the XLIFF belongs to another
     *     article
     */
    public static Result apply(Path xliff, Instant now, Paper paper) {
        Path folder = xliff.toAbsolutePath().getParent();
        Path record = folder.resolve("article.json");
        if (!Files.isRegularFile(record)) {
            throw new InputException(
                    xliff + ": no article.json beside it; import the file into the folder it came from");
        }
        Map<Integer, XliffTargets.Unit> units = XliffTargets.read(xliff);
        ObjectNode root;
        try {
            root = (ObjectNode) JSON.readTree(Files.readString(record, StandardCharsets.UTF_8));
        } catch (IOException | ClassCastException e) {
            throw new InputException(record + ": cannot read it (" + e.getMessage() + ")", e);
        }
        List<Integer> changed = applyEdits(root, units, xliff, now);
        if (changed.isEmpty()) {
            return new Result(folder, changed, List.of());
        }
        TranslatedArticle article;
        try {
            article = dev.tarjama.internal.render.ArticleRecord.read(root);
        } catch (RuntimeException e) { // a field missing or malformed: not a record tarjama wrote, or hand-edited
            throw new InputException(record + ": not an article record tarjama can read (" + e.getMessage() + ")", e);
        }
        List<Path> written = new ArrayList<>();
        try {
            OutputWriter.writeAtomically(
                    record, out -> out.write((JSON.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8)));
            written.add(record);
            PageFont font = pageFont(folder);
            for (OutputFormat format : Formats.select(List.of("all"), paper)) {
                Path file = folder.resolve(format.fileName());
                if (Files.exists(file) && !format.fileName().equals("article.json")) {
                    OutputWriter.writeAtomically(file, out -> format.write(article, out, font));
                    written.add(file);
                }
            }
        } catch (IOException e) {
            throw new StorageException("cannot write to " + folder + ": " + e.getMessage(), e);
        }
        return new Result(folder, changed, written);
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

    private static List<Integer> applyEdits(
            ObjectNode root, Map<Integer, XliffTargets.Unit> units, Path xliff, Instant now) {
        Map<Integer, ObjectNode> paragraphs = new TreeMap<>();
        root.path("paragraphs").forEach(p -> paragraphs.put(p.path("index").asInt(), (ObjectNode) p));
        for (Map.Entry<Integer, XliffTargets.Unit> unit : units.entrySet()) {
            ObjectNode paragraph = paragraphs.get(unit.getKey());
            String source = unit.getValue().source();
            if (paragraph == null
                    || source != null
                            && !source.strip()
                                    .equals(paragraph.path("source").asText().strip())) {
                throw new InputException(xliff + ": unit p" + unit.getKey() + " is not a paragraph of the article in "
                        + xliff.toAbsolutePath().getParent().resolve("article.json")
                        + "; was the file exported from another article?");
            }
        }
        List<Integer> changed = new ArrayList<>();
        for (Map.Entry<Integer, XliffTargets.Unit> unit : units.entrySet()) {
            String target = unit.getValue().target();
            ObjectNode paragraph = paragraphs.get(unit.getKey());
            JsonNode before = paragraph.get("translation");
            if (target == null
                    || target.isBlank()
                    || before != null && !before.isNull() && before.asText().equals(target)) {
                continue;
            }
            paragraph.put("translation", target);
            paragraph.put("status", "ok");
            paragraph.putNull("error");
            paragraph.putArray("checks");
            paragraph.put("edited_by", "human");
            paragraph.put("edited_at", now.toString());
            changed.add(unit.getKey());
        }
        if (!changed.isEmpty()) {
            recount(root);
        }
        return changed;
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
                java.util.stream.StreamSupport.stream(root.path("paragraphs").spliterator(), false)
                        .filter(p -> p.path("edited_by").asText().equals("human"))
                        .count());
    }
}
