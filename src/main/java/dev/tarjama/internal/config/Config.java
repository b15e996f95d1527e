package dev.tarjama.internal.config;

import dev.tarjama.ConfigurationException;
import dev.tarjama.Price;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings from the config files: {@code ./tarjama.yaml} (the project's) over
 * {@code $XDG_CONFIG_HOME/tarjama/config.yaml} (the user's, else {@code ~/.config/tarjama/config.yaml}).
 * Flags and environment variables come before both; that ordering is applied by the callers.
 */
public final class Config {
    public static final String PROJECT_FILE = "tarjama.yaml";

    private final ConfigFile project;
    private final ConfigFile user;

    private Config(ConfigFile project, ConfigFile user) {
        this.project = project;
        this.user = user;
    }

    public static Config none() {
        return new Config(null, null);
    }

    public static Config load(Map<String, String> environment, Path workingDirectory) {
        Path projectPath = workingDirectory.resolve(PROJECT_FILE);
        Path userPath = userFile(environment);
        return new Config(
                Files.isRegularFile(projectPath) ? ConfigFile.read(projectPath) : null,
                Files.isRegularFile(userPath) ? ConfigFile.read(userPath) : null);
    }

    static Path userFile(Map<String, String> environment) {
        String xdg = environment.get("XDG_CONFIG_HOME");
        Path root = xdg != null && !xdg.isBlank()
                ? Path.of(xdg)
                : Path.of(environment.getOrDefault("HOME", System.getProperty("user.home")), ".config");
        return root.resolve("tarjama").resolve("config.yaml");
    }

    /**
     * The profile to use: {@code requested}, else the files' default profile, else {@code default} if defined,
     * else none. The project file's fields win over the user file's.
     *
     * @throws dev.tarjama.ConfigurationException when {@code requested} is defined in neither file
     */
    public Resolved profile(String requested) {
        String name = requested;
        if (name == null) {
            name = project != null && project.defaultProfile() != null
                    ? project.defaultProfile()
                    : user != null && user.defaultProfile() != null ? user.defaultProfile() : "default";
        }
        Profile fromProject = project == null ? null : project.profiles().get(name);
        Profile fromUser = user == null ? null : user.profiles().get(name);
        if (requested != null && fromProject == null && fromUser == null) {
            throw new ConfigurationException("--profile " + requested + ": no such profile in " + files());
        }
        Profile merged =
                (fromProject == null ? Profile.EMPTY : fromProject).over(fromUser == null ? Profile.EMPTY : fromUser);
        Path keyFile = fromProject != null && fromProject.apiKey() != null
                ? project.path()
                : fromUser != null && fromUser.apiKey() != null ? user.path() : null;
        Path baseDir = fromProject != null && fromProject.glossary() != null
                ? project.path().getParent()
                : fromUser != null ? user.path().getParent() : null;
        return new Resolved(
                fromProject == null && fromUser == null ? null : name,
                merged,
                origin(fromProject, fromUser),
                keyFile,
                baseDir);
    }

    /**
     * A profile as it applies, with where its settings came from.
     *
     * @param name    the profile's name, or {@code null} when no file defines one
     * @param values  the merged settings
     * @param origin  "project file ./tarjama.yaml", "user file …", or both
     * @param keyFile the file that holds the api_key, if any
     * @param baseDir the directory a relative glossary path is resolved against
     */
    public record Resolved(String name, Profile values, String origin, Path keyFile, Path baseDir) {}

    /** Model prices the files set: the user file's, then the project file's over them. */
    public Map<String, Price> prices() {
        Map<String, Price> prices = new LinkedHashMap<>();
        if (user != null) {
            prices.putAll(user.prices());
        }
        if (project != null) {
            prices.putAll(project.prices());
        }
        return prices;
    }

    /**
     * The standing glossaries for an article from {@code input}: those whose source names the URL's site (its host,
     * or a domain it belongs to) or whose glob matches the file's path. The project file's come first.
     */
    public List<Path> glossariesFor(String input, Path workingDirectory) {
        List<Path> files = new ArrayList<>();
        for (ConfigFile f : new ConfigFile[] {project, user}) {
            if (f == null) {
                continue;
            }
            f.glossaries().forEach((source, file) -> {
                if (SourceMatcher.matches(source, input, workingDirectory)) {
                    files.add(f.path().toAbsolutePath().getParent().resolve(file));
                }
            });
        }
        return files;
    }

    /** Whether the file holding a key in plain text can be read by other users. */
    public boolean worldReadable(Path file) {
        for (ConfigFile f : new ConfigFile[] {project, user}) {
            if (f != null && f.path().equals(file)) {
                return f.worldReadable();
            }
        }
        return false;
    }

    private String origin(Profile fromProject, Profile fromUser) {
        List<String> parts = new ArrayList<>();
        if (fromProject != null) {
            parts.add("project file " + project.path());
        }
        if (fromUser != null) {
            parts.add("user file " + user.path());
        }
        return String.join(" over ", parts);
    }

    private String files() {
        List<String> parts = new ArrayList<>();
        if (project != null) {
            parts.add(project.path().toString());
        }
        if (user != null) {
            parts.add(user.path().toString());
        }
        return parts.isEmpty() ? "any config file (none found)" : String.join(" or ", parts);
    }

    /** The files found, for messages. */
    public Optional<String> describe() {
        String files = files();
        return files.startsWith("any") ? Optional.empty() : Optional.of(files);
    }
}
