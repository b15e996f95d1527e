package dev.tarjama.internal.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.tarjama.ConfigurationException;
import dev.tarjama.Price;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One YAML config file: named profiles, the profile to use by default, and model prices. Unknown keys are refused
 * with their name, so a typo never silently changes nothing.
 *
 * @param path           where it was read from
 * @param defaultProfile the {@code profile:} key, or {@code null}
 * @param profiles       by name
 * @param prices         model name to price
 * @param glossaries     news source (a site's host name, or a glob of article paths) to its standing glossary file
 * @param worldReadable  other users may read the file (a plain-text key in it deserves a warning)
 */
public record ConfigFile(
        Path path,
        String defaultProfile,
        Map<String, Profile> profiles,
        Map<String, Price> prices,
        Map<String, String> glossaries,
        boolean worldReadable) {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> TOP_KEYS = Set.of("profile", "profiles", "prices", "glossaries");
    private static final Set<String> PROFILE_KEYS = Set.of(
            "backend",
            "model",
            "base_url",
            "api_key",
            "concurrency",
            "rpm",
            "tpm",
            "max_attempts",
            "timeout",
            "temperature",
            "glossary",
            "output",
            "plan",
            "latency",
            "lexicon");

    /** @throws dev.tarjama.ConfigurationException when the file is not valid */
    static ConfigFile read(Path path) {
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw YamlErrors.of(path, e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return new ConfigFile(path, null, Map.of(), Map.of(), Map.of(), worldReadable(path));
        }
        if (!root.isObject()) {
            throw new ConfigurationException(path + ": expected keys profile, profiles and prices at the top");
        }
        checkKeys(path, root, TOP_KEYS, "at the top");
        Map<String, Profile> profiles = new LinkedHashMap<>();
        JsonNode profileNodes = root.path("profiles");
        for (Iterator<Map.Entry<String, JsonNode>> it = profileNodes.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            profiles.put(entry.getKey(), profile(path, entry.getKey(), entry.getValue()));
        }
        Map<String, Price> prices = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("prices").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode p = entry.getValue();
            if (!p.path("input").isNumber() || !p.path("output").isNumber()) {
                throw new ConfigurationException(path + ": price of '" + entry.getKey()
                        + "' needs input and output, in US dollars per million tokens");
            }
            prices.put(
                    entry.getKey(),
                    new Price(p.get("input").asDouble(), p.get("output").asDouble()));
        }
        Map<String, String> glossaries = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("glossaries").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!entry.getValue().isTextual()) {
                throw new ConfigurationException(
                        path + ": glossary of source '" + entry.getKey() + "' must be a file name");
            }
            glossaries.put(entry.getKey(), entry.getValue().asText());
        }
        String defaultProfile = root.hasNonNull("profile") ? root.get("profile").asText() : null;
        if (defaultProfile != null && !profiles.containsKey(defaultProfile)) {
            throw new ConfigurationException(
                    path + ": profile '" + defaultProfile + "' is named as the default but not defined");
        }
        return new ConfigFile(path, defaultProfile, profiles, prices, glossaries, worldReadable(path));
    }

    private static Profile profile(Path path, String name, JsonNode node) {
        if (!node.isObject()) {
            throw new ConfigurationException(path + ": profile '" + name + "' must be a mapping of settings");
        }
        checkKeys(path, node, PROFILE_KEYS, "in profile '" + name + "'");
        return new Profile(
                text(node, "backend"),
                text(node, "model"),
                text(node, "base_url"),
                text(node, "api_key"),
                integer(path, name, node, "concurrency"),
                integer(path, name, node, "rpm"),
                node.hasNonNull("tpm") ? (long) integer(path, name, node, "tpm") : null,
                integer(path, name, node, "max_attempts"),
                text(node, "timeout"),
                node.hasNonNull("temperature") ? node.get("temperature").asDouble() : null,
                text(node, "glossary"),
                text(node, "output"),
                text(node, "plan"),
                text(node, "latency"),
                lexicon(path, text(node, "lexicon")));
    }

    /** A dictionary path as absolute against the config file's directory; {@code off} as it is. */
    private static String lexicon(Path configFile, String value) {
        if (value == null || value.equalsIgnoreCase("off")) {
            return value;
        }
        Path directory = configFile.toAbsolutePath().getParent();
        return (directory == null ? Path.of(value) : directory.resolve(value)).toString();
    }

    private static void checkKeys(Path path, JsonNode node, Set<String> known, String where) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new ConfigurationException(path + ": unknown key '" + name + "' " + where + " (known: "
                        + String.join(", ", new java.util.TreeSet<>(known)) + ")");
            }
        }
    }

    private static String text(JsonNode node, String key) {
        return node.hasNonNull(key) ? node.get(key).asText() : null;
    }

    private static Integer integer(Path path, String profile, JsonNode node, String key) {
        if (!node.hasNonNull(key)) {
            return null;
        }
        if (!node.get(key).canConvertToInt()) {
            throw new ConfigurationException(
                    path + ": '" + key + "' in profile '" + profile + "' must be a whole number");
        }
        return node.get(key).asInt();
    }

    private static boolean worldReadable(Path path) {
        try {
            return Files.getPosixFilePermissions(path).contains(PosixFilePermission.OTHERS_READ);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
