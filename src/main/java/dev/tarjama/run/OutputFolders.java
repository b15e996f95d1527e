package dev.tarjama.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tarjama.model.TranslatedArticle;
import dev.tarjama.render.OutputWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Chooses each article's folder under the output root, once: the input's name reduced to a safe slug
 * ({@link OutputSlug}), or {@code slug-2}, {@code slug-3}… when that folder belongs to another input — in this run,
 * or in an earlier one, as its {@code article.json} records. A rerun of the same input finds its folder again.
 */
public final class OutputFolders {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;
    private final Map<String, String> claimed = new HashMap<>();

    public OutputFolders(Path root) {
        this.root = root;
    }

    /**
     * @param input    the input as the user named it
     * @param inputId  what identifies it: an absolute path, a URL, a content hash
     * @param content  the article's text, for a name when the input has none (standard input)
     */
    public synchronized TranslatedArticle.Placement choose(String input, String inputId, String content) {
        String slug = OutputSlug.of(input, content);
        for (int n = 1; ; n++) {
            String name = n == 1 ? slug : slug + "-" + n;
            String owner = claimed.containsKey(name) ? claimed.get(name) : owner(root.resolve(name));
            if (owner == null || owner.equals(inputId)) {
                claimed.put(name, inputId);
                return new TranslatedArticle.Placement(name, inputId);
            }
        }
    }

    public Path resolve(TranslatedArticle.Placement placement) {
        return root.resolve(placement.folder());
    }

    /** Who a folder belongs to: null when it is free; "" when it holds something that is not tarjama's. */
    private static String owner(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Files.exists(folder) ? "" : null;
        }
        Path record = folder.resolve(OutputWriter.RECORD);
        if (Files.isRegularFile(record)) {
            try {
                JsonNode id = JSON.readTree(record.toFile()).path("output").path("input_id");
                return id.isTextual() ? id.asText() : "";
            } catch (IOException e) {
                return "";
            }
        }
        try (Stream<Path> entries = Files.list(folder)) {
            // what a killed run left half-written is nobody's
            return entries.anyMatch(
                            e -> !OutputWriter.isLeftover(e.getFileName().toString()))
                    ? ""
                    : null;
        } catch (IOException e) {
            return "";
        }
    }
}
