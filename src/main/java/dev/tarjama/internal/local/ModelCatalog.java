package dev.tarjama.internal.local;

import java.util.List;
import java.util.Optional;

/**
 * Small multilingual instruct models that translate Arabic well enough for a first read, in sizes a laptop runs.
 * Their SHA-256 is pinned where it could be verified; where it is {@code null}, {@code pull} prints the digest
 * of what it downloaded so it can be pinned with {@code --sha256} next time.
 */
public final class ModelCatalog {
    /**
     * @param name        as given to {@code models pull} and {@code --model}
     * @param url         where the GGUF file is
     * @param sha256      its digest, or {@code null} when not pinned
     * @param description one line for {@code models list --available}
     */
    public record Entry(String name, String url, String sha256, String description) {}

    public static final List<Entry> ENTRIES = List.of(
            new Entry(
                    "qwen2.5-1.5b-instruct-q4_k_m",
                    "https://huggingface.co/Qwen/Qwen2.5-1.5B-Instruct-GGUF/resolve/main/qwen2.5-1.5b-instruct-q4_k_m.gguf",
                    null,
                    "Qwen2.5 1.5B Instruct, 4-bit, about 1 GB: the fastest, for a quick read"),
            new Entry(
                    "qwen2.5-3b-instruct-q4_k_m",
                    "https://huggingface.co/Qwen/Qwen2.5-3B-Instruct-GGUF/resolve/main/qwen2.5-3b-instruct-q4_k_m.gguf",
                    null,
                    "Qwen2.5 3B Instruct, 4-bit, about 2 GB: the default choice on a laptop"),
            new Entry(
                    "gemma-2-2b-it-q4_k_m",
                    "https://huggingface.co/bartowski/gemma-2-2b-it-GGUF/resolve/main/gemma-2-2b-it-Q4_K_M.gguf",
                    null,
                    "Gemma 2 2B Instruct, 4-bit, about 1.7 GB"),
            new Entry(
                    "llama-3.2-3b-instruct-q4_k_m",
                    "https://huggingface.co/bartowski/Llama-3.2-3B-Instruct-GGUF/resolve/main/Llama-3.2-3B-Instruct-Q4_K_M.gguf",
                    null,
                    "Llama 3.2 3B Instruct, 4-bit, about 2 GB"));

    private ModelCatalog() {}

    public static Optional<Entry> find(String name) {
        return ENTRIES.stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
