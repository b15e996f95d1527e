package dev.tarjama.internal.local;

import java.nio.file.Path;

/**
 * A GGUF model on this machine that the embedded engine can run.
 *
 * @param name   as given to {@code --model} with {@code --backend local}: the file's stem for models tarjama
 *               pulled, {@code ollama:NAME:TAG} for models Ollama pulled (used in place, never copied)
 * @param path   the GGUF file
 * @param origin {@code tarjama} or {@code ollama}
 * @param bytes  the file's size
 */
public record InstalledModel(String name, Path path, String origin, long bytes) {}
