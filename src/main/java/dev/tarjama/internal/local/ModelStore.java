package dev.tarjama.internal.local;

import dev.tarjama.ConfigurationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The models the embedded engine can run: GGUF files tarjama pulled into {@code $XDG_CACHE_HOME/tarjama/models}
 * (else {@code ~/.cache/tarjama/models}), and the models Ollama pulled, found through its manifests and used in place.
 */
public final class ModelStore {
    static final String EXTENSION = ".gguf";

    private final Path directory;
    private final OllamaModels ollama;

    public ModelStore(Path directory, OllamaModels ollama) {
        this.directory = directory;
        this.ollama = ollama;
    }

    public static ModelStore forEnvironment(Map<String, String> environment) {
        String xdg = environment.get("XDG_CACHE_HOME");
        String home = environment.getOrDefault("HOME", System.getProperty("user.home"));
        Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".cache");
        String ollamaDir = environment.get("OLLAMA_MODELS");
        return new ModelStore(
                cache.resolve("tarjama").resolve("models"),
                new OllamaModels(
                        ollamaDir != null && !ollamaDir.isBlank()
                                ? Path.of(ollamaDir)
                                : Path.of(home, ".ollama", "models")));
    }

    public Path directory() {
        return directory;
    }

    /** Every installed model: tarjama's first (by name), then Ollama's. */
    public List<InstalledModel> list() {
        List<InstalledModel> models = new ArrayList<>();
        if (Files.isDirectory(directory)) {
            try (Stream<Path> files = Files.list(directory)) {
                files.filter(f -> f.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(f))
                        .sorted(Comparator.comparing(Path::getFileName))
                        .forEach(f -> models.add(new InstalledModel(stem(f), f, "tarjama", size(f))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        models.addAll(ollama.list());
        return models;
    }

    public Optional<InstalledModel> find(String name) {
        return list().stream().filter(m -> m.name().equals(name)).findFirst();
    }

    public Optional<InstalledModel> first() {
        return list().stream().findFirst();
    }

    /** Where a model pulled under {@code name} lives. */
    Path fileFor(String name) {
        return directory.resolve(name + EXTENSION);
    }

    /**
     * Deletes a model tarjama pulled.
     *
     * @throws dev.tarjama.ConfigurationException when there is no such model, or it belongs to Ollama
     */
    public InstalledModel remove(String name) {
        InstalledModel model = find(name)
                .orElseThrow(
                        () -> new ConfigurationException("no model named '" + name + "'; see 'tarjama models list'"));
        if (!model.origin().equals("tarjama")) {
            throw new ConfigurationException("'" + name + "' belongs to Ollama; remove it with 'ollama rm'");
        }
        try {
            Files.delete(model.path());
            Files.deleteIfExists(directory.resolve(name + EXTENSION + ModelDownloader.PARTIAL));
        } catch (IOException e) {
            throw new ConfigurationException("cannot remove " + model.path() + " (" + e.getMessage() + ")");
        }
        return model;
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - EXTENSION.length());
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
