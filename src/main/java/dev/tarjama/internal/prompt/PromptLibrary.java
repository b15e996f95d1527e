package dev.tarjama.internal.prompt;

import dev.tarjama.ConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;

/**
 * Loads the prompt templates: from a directory the user names ({@code --prompts DIR}), else from the copies
 * packed into the jar from the repository's {@code prompts/}. Every template is checked when loaded, so a broken
 * edit fails the run before any request is paid for.
 *
 * <p>File format: comment lines starting with {@code #} (one of them {@code # version: V}), then a
 * {@code === system} section and a {@code === user} section.
 */
public final class PromptLibrary {
    private static final String CLASSPATH_DIR = "/prompts/";

    private final Map<PromptKind, PromptTemplate> templates;

    private PromptLibrary(Map<PromptKind, PromptTemplate> templates) {
        this.templates = templates;
    }

    /** The templates from {@code directory}, or the built-in ones when it is {@code null}. */
    public static PromptLibrary load(Path directory) {
        Map<PromptKind, PromptTemplate> templates = new EnumMap<>(PromptKind.class);
        for (PromptKind kind : PromptKind.values()) {
            String where = directory == null
                    ? "built-in " + kind.fileName()
                    : directory.resolve(kind.fileName()).toString();
            templates.put(kind, parse(kind, where, read(kind, directory, where)));
        }
        return new PromptLibrary(templates);
    }

    public PromptTemplate get(PromptKind kind) {
        return templates.get(kind);
    }

    /** Template key to version, as recorded in {@code article.json}. */
    public Map<String, String> versions() {
        Map<String, String> versions = new LinkedHashMap<>();
        templates.forEach((kind, template) -> versions.put(kind.key(), template.version()));
        return versions;
    }

    private static String read(PromptKind kind, Path directory, String where) {
        try {
            if (directory != null) {
                return Files.readString(directory.resolve(kind.fileName()), StandardCharsets.UTF_8);
            }
            try (InputStream in = PromptLibrary.class.getResourceAsStream(CLASSPATH_DIR + kind.fileName())) {
                if (in == null) {
                    throw new ConfigurationException(where + " is missing from the build; rebuild tarjama");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (NoSuchFileException e) {
            throw new ConfigurationException(where + ": no such template file");
        } catch (IOException e) {
            throw new ConfigurationException(where + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    static PromptTemplate parse(PromptKind kind, String where, String text) {
        String version = null;
        StringBuilder system = null;
        StringBuilder user = null;
        StringBuilder current = null;
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.equals("=== system")) {
                current = system = new StringBuilder();
            } else if (trimmed.equals("=== user")) {
                current = user = new StringBuilder();
            } else if (current != null) {
                current.append(line).append('\n');
            } else if (trimmed.startsWith("# version:")) {
                version = trimmed.substring("# version:".length()).strip();
            } else if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                throw new ConfigurationException(
                        where + ": text before the '=== system' section; start comments with #");
            }
        }
        if (version == null || version.isEmpty()) {
            throw new ConfigurationException(where + ": no '# version: …' line; every template carries a version");
        }
        if (system == null || user == null) {
            throw new ConfigurationException(where + ": needs both a '=== system' and a '=== user' section");
        }
        checkPlaceholders(kind, where, system + "\n" + user);
        return new PromptTemplate(kind, version, system.toString(), user.toString());
    }

    private static void checkPlaceholders(PromptKind kind, String where, String body) {
        TreeSet<String> used = new TreeSet<>();
        Matcher m = PromptTemplate.PLACEHOLDER.matcher(body);
        while (m.find()) {
            if (!kind.knows(m.group(1))) {
                throw new ConfigurationException(where + ": unknown placeholder {{" + m.group(1) + "}}");
            }
            used.add(m.group(1));
        }
        for (String required : new TreeSet<>(kind.required())) {
            if (!used.contains(required)) {
                throw new ConfigurationException(where + ": missing placeholder {{" + required + "}}");
            }
        }
    }
}
