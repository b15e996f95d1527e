package dev.tarjama.internal.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Models Ollama has pulled: each manifest under {@code manifests/<registry>/<namespace>/<name>/<tag>} names its
 * layers; the one of media type {@code application/vnd.ollama.image.model} is a GGUF blob in
 * {@code blobs/sha256-<digest>}, which the embedded engine can load as it is.
 */
public final class OllamaModels {
    private static final String MODEL_LAYER = "application/vnd.ollama.image.model";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;

    public OllamaModels(Path root) {
        this.root = root;
    }

    List<InstalledModel> list() {
        Path manifests = root.resolve("manifests");
        List<InstalledModel> models = new ArrayList<>();
        if (!Files.isDirectory(manifests)) {
            return models;
        }
        try (Stream<Path> files = Files.walk(manifests, 4)) {
            for (Path manifest : files.filter(Files::isRegularFile)
                    .sorted(Comparator.naturalOrder())
                    .toList()) {
                Path relative = manifests.relativize(manifest);
                if (relative.getNameCount() != 4) {
                    continue; // registry/namespace/name/tag
                }
                blobOf(manifest)
                        .ifPresent(blob -> models.add(new InstalledModel(
                                "ollama:" + name(relative) + ":" + relative.getName(3), blob, "ollama", size(blob))));
            }
        } catch (IOException e) {
            return models; // an unreadable Ollama store is simply not used
        }
        return models;
    }

    private java.util.Optional<Path> blobOf(Path manifest) {
        try {
            JsonNode json = JSON.readTree(manifest.toFile());
            for (JsonNode layer : json.path("layers")) {
                if (MODEL_LAYER.equals(layer.path("mediaType").asText())) {
                    Path blob = root.resolve("blobs")
                            .resolve(layer.path("digest").asText().replace(':', '-'));
                    return Files.isRegularFile(blob) ? java.util.Optional.of(blob) : java.util.Optional.empty();
                }
            }
        } catch (IOException e) {
            // not a manifest
        }
        return java.util.Optional.empty();
    }

    /** "library/qwen2.5" is Ollama's "qwen2.5"; other namespaces keep theirs. */
    private static String name(Path relative) {
        String namespace = relative.getName(1).toString();
        String model = relative.getName(2).toString();
        return namespace.equals("library") ? model : namespace + "/" + model;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
