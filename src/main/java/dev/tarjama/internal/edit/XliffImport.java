package dev.tarjama.internal.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tarjama.InputException;
import dev.tarjama.Paper;
import dev.tarjama.internal.publish.FolderLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code tarjama import}: a post-edited {@code article.xlf} brought back into its folder. Every unit whose target a
 * person changed replaces that paragraph's translation in {@code article.json}, marked {@code "edited_by": "human"}
 * with the time, its model-era check flags dropped (they were about the text that is gone); then every other output
 * already in the folder is written again from the record. The answer cache is not touched, and units left as they
 * were change nothing.
 */
public final class XliffImport {
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
        Path root = folder.getParent() == null ? folder : folder.getParent();
        // read, edit and write in one hold of the folder, as a watch and the review desk do
        try (FolderLock lock = FolderLock.hold(root, folder)) {
            ObjectNode tree = RecordEdits.read(folder);
            List<Integer> changed = applyEdits(tree, units, xliff, now);
            if (changed.isEmpty()) {
                return new Result(folder, changed, List.of());
            }
            return new Result(folder, changed, RecordEdits.rewrite(folder, tree, paper));
        }
    }

    private static List<Integer> applyEdits(
            ObjectNode root, Map<Integer, XliffTargets.Unit> units, Path xliff, Instant now) {
        Map<Integer, ObjectNode> paragraphs = RecordEdits.paragraphs(root);
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
            RecordEdits.edit(paragraph, target, now);
            changed.add(unit.getKey());
        }
        return changed;
    }
}
