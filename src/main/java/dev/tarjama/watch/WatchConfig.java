package dev.tarjama.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.tarjama.ExitCodes;
import dev.tarjama.TarjamaException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A watch described in a YAML file:
 *
 * <pre>
 * every: 15m
 * output: briefs/
 * sources:
 *   - feed: https://example.org/rss
 *   - page: https://example.org/live
 *   - dir: inbox/
 * </pre>
 *
 * Unknown keys are refused with their name, so a setting this version does not know (a per-source model, a cron
 * schedule) is never silently ignored.
 *
 * @param every   time between the starts of two cycles, as {@code --every} takes it, or {@code null}
 * @param output  the output root, or {@code null}
 * @param sources the sources, as {@code --feed}, {@code --page} and {@code --dir} name them
 */
public record WatchConfig(String every, String output, List<String> sources) {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> TOP_KEYS = Set.of("every", "output", "sources");
    private static final Set<String> SOURCE_KEYS = Set.of("feed", "page", "dir");

    /**
     * Reads {@code file}; relative folders in it are taken from the file's own folder.
     *
     * @throws TarjamaException with exit code 2 when the file cannot be read or says something this version cannot do
     */
    public static WatchConfig read(Path file) {
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw TarjamaException.usage(file + ": cannot read it as YAML ("
                    + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (root == null || !root.isObject()) {
            throw TarjamaException.usage(file + ": expected keys every, output and sources");
        }
        refuseUnknown(file, root, TOP_KEYS, "");
        List<String> sources = new ArrayList<>();
        Path base = file.toAbsolutePath().getParent();
        for (JsonNode source : root.path("sources")) {
            refuseUnknown(file, source, SOURCE_KEYS, "source");
            if (source.size() != 1) {
                throw TarjamaException.usage(file + ": each source is one of feed:, page: or dir:");
            }
            String kind = source.fieldNames().next();
            String value = source.get(kind).asText();
            sources.add(kind.equals("dir") ? base.resolve(value).toString() : value);
        }
        if (sources.isEmpty()) {
            throw TarjamaException.usage(file + ": no sources: list them under sources: as feed:, page: or dir:");
        }
        String output = root.hasNonNull("output")
                ? base.resolve(root.get("output").asText()).toString()
                : null;
        return new WatchConfig(root.hasNonNull("every") ? root.get("every").asText() : null, output, sources);
    }

    private static void refuseUnknown(Path file, JsonNode node, Set<String> known, String what) {
        if (!node.isObject()) {
            throw new TarjamaException(
                    ExitCodes.USAGE, file + ": " + (what.isEmpty() ? "the file" : "a source") + " is not a mapping");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw TarjamaException.usage(
                        file + ": unknown key '" + name + "'" + (what.isEmpty() ? "" : " in a source")
                                + " (this version does not support it); known: "
                                + String.join(", ", new java.util.TreeSet<>(known)));
            }
        }
    }
}
