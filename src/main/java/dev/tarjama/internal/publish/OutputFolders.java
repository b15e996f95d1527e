package dev.tarjama.internal.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tarjama.internal.render.OutputWriter;
import dev.tarjama.model.TranslatedArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Chooses each article's folder under the output root, once: the input's name reduced to a safe slug
 * ({@link OutputSlug}), or {@code slug-2}, {@code slug-3}… when that folder belongs to another input — in this run,
 * or in an earlier one, as its {@code article.json} records. A rerun of the same input finds its folder again.
 *
 * <p>A free folder is claimed on disk before it is written: a claim file created only if absent, which the file
 * system grants to one process alone, so two workers sharing an output root never pick the same folder for two
 * articles. The claim gives way to the record once that is written ({@link #settled}).
 */
public final class OutputFolders {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The claim of a folder not yet written: the input's id, in a file created only if absent. */
    static final String CLAIM = ".tarjama-claim";

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
        return choose(input, inputId, content, "");
    }

    /**
     * As {@link #choose(String, String, String)}, for a translation into another language than English: its folder
     * is the English one's name with the language after a dot ({@code story.fr}), so each language of an article
     * keeps a folder and a record of its own.
     *
     * @param language the target language's tag, or empty for English
     */
    public synchronized TranslatedArticle.Placement choose(
            String input, String inputId, String content, String language) {
        String slug = OutputSlug.of(input, content)
                + (language.isEmpty() ? "" : "." + language.toLowerCase(java.util.Locale.ROOT));
        for (int n = 1; ; n++) {
            String name = n == 1 ? slug : slug + "-" + n;
            String owner = claimed.containsKey(name) ? claimed.get(name) : owner(root.resolve(name));
            if (owner == null) {
                owner = claim(root.resolve(name), inputId);
            }
            if (owner.equals(inputId)) {
                claimed.put(name, inputId);
                return new TranslatedArticle.Placement(name, inputId);
            }
        }
    }

    /**
     * Claims a free folder for {@code inputId}; returns who holds it then: {@code inputId}, or whoever claimed it
     * first. A folder that cannot be claimed (an unwritable root) is left to the writer, whose error names it.
     */
    private static String claim(Path folder, String inputId) {
        Path claim = folder.resolve(CLAIM);
        try {
            Files.createDirectories(folder);
            Files.writeString(claim, inputId, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            return inputId;
        } catch (FileAlreadyExistsException raced) {
            String owner = owner(folder);
            return owner == null ? "" : owner;
        } catch (IOException e) {
            return inputId;
        }
    }

    /** The folder's record is written: it says whose folder this is from now on, and the claim goes. */
    public void settled(TranslatedArticle.Placement placement) {
        try {
            Files.deleteIfExists(resolve(placement).resolve(CLAIM));
        } catch (IOException e) {
            // the record names the owner; a claim left beside it says the same
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
        Path claim = folder.resolve(CLAIM);
        if (Files.isRegularFile(claim)) {
            try {
                return Files.readString(claim, StandardCharsets.UTF_8);
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
