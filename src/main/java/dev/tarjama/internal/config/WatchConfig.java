package dev.tarjama.internal.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.tarjama.ConfigurationException;
import dev.tarjama.TarjamaException;
import dev.tarjama.internal.watch.Schedule;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A watch described in a YAML file:
 *
 * <pre>
 * every: 15m                 # or cron: "0 *&#47;2 * * *"
 * output: briefs/
 * max_items_per_cycle: 20
 * max_requests_per_cycle: 400
 * max_cost_per_day: 2.50
 * item_retry: 5m             # the first wait before a failed article is tried again; it doubles
 * database: {env: TARJAMA_DB}  # several workers on one PostgreSQL
 * sources:
 *   - feed: https://example.org/rss
 *     every: 5m              # a source's own schedule
 *   - page: https://example.org/live
 *     cron: "0 8-20 * * 1-5"
 *   - dir: inbox/
 *     target_lang: fr         # a source's own settings: backend, profile, model, glossary, output, limit, target_lang
 * </pre>
 *
 * Unknown keys are refused with their name, so a setting this version does not know (a per-source model) is never
 * silently ignored.
 *
 * @param timing   the schedule of sources that name none ({@link Timing#NONE} for the default)
 * @param output   the output root, or {@code null}
 * @param sources  the sources with their own schedules
 * @param limits    the limits the watch keeps to
 * @param itemRetry the first wait before a failed article is tried again, or {@code null} for the default
 */
public record WatchConfig(
        Timing timing, String output, List<Source> sources, Limits limits, Database database, Duration itemRetry) {
    /**
     * When a source is polled: every so long, or on a crontab schedule; both {@code null} for the watch's default.
     *
     * @param every the time between two polls, or {@code null}
     * @param cron  a crontab line (already checked), or {@code null}
     */
    public record Timing(Duration every, String cron) {
        public static final Timing NONE = new Timing(null, null);
    }

    /**
     * The limits a watch keeps to, each {@code null} when not set.
     *
     * @param maxItemsPerCycle    articles translated per cycle
     * @param maxRequestsPerCycle requests sent per cycle
     * @param maxCostPerDay       US dollars per UTC day
     */
    public record Limits(Integer maxItemsPerCycle, Long maxRequestsPerCycle, Double maxCostPerDay) {}

    /**
     * The shared database, written in the file ({@code database: postgresql://…}) or named by a variable
     * ({@code database: {env: TARJAMA_DB}}), so that a password need not be in the file.
     *
     * @param url      the address, or {@code null}
     * @param variable the variable holding it, or {@code null}
     */
    public record Database(String url, String variable) {
        static final Database NONE = new Database(null, null);
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> TOP_KEYS = Set.of(
            "every",
            "cron",
            "output",
            "sources",
            "max_items_per_cycle",
            "max_requests_per_cycle",
            "max_cost_per_day",
            "item_retry",
            "database");
    private static final Set<String> SOURCE_KINDS = Set.of("feed", "page", "dir");
    private static final Set<String> SOURCE_KEYS = Set.of(
            "feed",
            "page",
            "dir",
            "every",
            "cron",
            "backend",
            "profile",
            "model",
            "glossary",
            "output",
            "limit",
            "target_lang");

    /**
     * A source as {@code --feed}, {@code --page} and {@code --dir} name it, with its own schedule (or {@code null})
     * and what it translates differently from the rest.
     */
    public record Source(String name, Timing timing, Overrides overrides) {
        public Source(String name) {
            this(name, Timing.NONE, Overrides.NONE);
        }
    }

    /**
     * A source's own settings, each {@code null} when it takes the watch's.
     *
     * @param output         its own output root, its index and ledger still the watch's
     * @param limit          how many of a feed's newest items are read
     * @param targetLanguage what it is translated into
     */
    public record Overrides(
            String backend,
            String profile,
            String model,
            String glossary,
            String output,
            Integer limit,
            String targetLanguage) {
        public static final Overrides NONE = new Overrides(null, null, null, null, null, null, null);
    }

    /**
     * Reads {@code file}; relative folders in it are taken from the file's own folder.
     *
     * @throws dev.tarjama.ConfigurationException when the file cannot be read or says something this version cannot do
     */
    public static WatchConfig read(Path file) {
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw YamlErrors.of(file, e);
        }
        if (root == null || !root.isObject()) {
            throw new ConfigurationException(file + ": expected keys every, output and sources");
        }
        refuseUnknown(file, root, TOP_KEYS, "");
        List<Source> sources = new ArrayList<>();
        Path base = file.toAbsolutePath().getParent();
        for (JsonNode source : root.path("sources")) {
            refuseUnknown(file, source, SOURCE_KEYS, "source");
            List<String> kinds = new ArrayList<>();
            source.fieldNames().forEachRemaining(k -> {
                if (SOURCE_KINDS.contains(k)) {
                    kinds.add(k);
                }
            });
            if (kinds.size() != 1) {
                throw new ConfigurationException(file + ": each source is one of feed:, page: or dir:");
            }
            String kind = kinds.get(0);
            String value = source.get(kind).asText();
            sources.add(new Source(
                    kind.equals("dir") ? base.resolve(value).toString() : value,
                    timing(file, source),
                    overrides(file, source, base)));
        }
        if (sources.isEmpty()) {
            throw new ConfigurationException(file + ": no sources: list them under sources: as feed:, page: or dir:");
        }
        String output = root.hasNonNull("output")
                ? base.resolve(root.get("output").asText()).toString()
                : null;
        Limits limits = new Limits(
                root.hasNonNull("max_items_per_cycle")
                        ? positive(file, root, "max_items_per_cycle").intValue()
                        : null,
                root.hasNonNull("max_requests_per_cycle")
                        ? positive(file, root, "max_requests_per_cycle").longValue()
                        : null,
                root.hasNonNull("max_cost_per_day")
                        ? positive(file, root, "max_cost_per_day").doubleValue()
                        : null);
        return new WatchConfig(
                timing(file, root),
                output,
                sources,
                limits,
                database(file, root.get("database")),
                itemRetry(file, root));
    }

    private static Duration itemRetry(Path file, JsonNode root) {
        if (!root.hasNonNull("item_retry")) {
            return null;
        }
        try {
            return Schedule.every(root.get("item_retry").asText()).interval();
        } catch (TarjamaException e) {
            throw new ConfigurationException(file + ": item_retry: " + e.getMessage());
        }
    }

    private static Database database(Path file, JsonNode value) {
        if (value == null || value.isNull()) {
            return Database.NONE;
        }
        if (value.isTextual()) {
            return new Database(value.asText(), null);
        }
        if (value.isObject() && value.size() == 1 && value.hasNonNull("env")) {
            return new Database(null, value.get("env").asText());
        }
        throw new ConfigurationException(file + ": database: is an address (postgresql://…) or {env: VARIABLE}");
    }

    private static Overrides overrides(Path file, JsonNode source, Path base) {
        Integer limit = null;
        if (source.hasNonNull("limit")) {
            if (!source.get("limit").canConvertToInt() || source.get("limit").asInt() < 1) {
                throw new ConfigurationException(file + ": limit must be a whole number above 0");
            }
            limit = source.get("limit").asInt();
        }
        return new Overrides(
                text(source, "backend"),
                text(source, "profile"),
                text(source, "model"),
                source.hasNonNull("glossary")
                        ? base.resolve(source.get("glossary").asText()).toString()
                        : null,
                source.hasNonNull("output")
                        ? base.resolve(source.get("output").asText()).toString()
                        : null,
                limit,
                text(source, "target_lang"));
    }

    private static String text(JsonNode node, String key) {
        return node.hasNonNull(key) ? node.get(key).asText() : null;
    }

    private static Timing timing(Path file, JsonNode node) {
        if (node.hasNonNull("every") && node.hasNonNull("cron")) {
            throw new ConfigurationException(file + ": give every: or cron:, not both");
        }
        try {
            if (node.hasNonNull("every")) {
                return new Timing(Schedule.every(node.get("every").asText()).interval(), null);
            }
            if (node.hasNonNull("cron")) {
                String line = node.get("cron").asText();
                Schedule.cron(line);
                return new Timing(null, line);
            }
            return Timing.NONE;
        } catch (TarjamaException e) {
            throw new ConfigurationException(file + ": " + e.getMessage());
        }
    }

    private static Number positive(Path file, JsonNode root, String key) {
        JsonNode value = root.get(key);
        if (!value.isNumber() || value.doubleValue() <= 0) {
            throw new ConfigurationException(file + ": " + key + " must be a number above 0, not " + value);
        }
        return value.numberValue();
    }

    private static void refuseUnknown(Path file, JsonNode node, Set<String> known, String what) {
        if (!node.isObject()) {
            throw new ConfigurationException(
                    file + ": " + (what.isEmpty() ? "the file" : "a source") + " is not a mapping");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new ConfigurationException(file + ": unknown key '" + name + "'"
                        + (what.isEmpty() ? "" : " in a source") + " (this version does not support it); known: "
                        + String.join(", ", new TreeSet<>(known)));
            }
        }
    }
}
