package dev.tarjama.internal.llm;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What tarjama knows about each provider: where it lives by default, which variables hold its key and URL, and
 * its default model. The order of {@link #CLOUD} is the order {@code auto} tries keys in.
 *
 * @param name           as typed after {@code --backend}
 * @param defaultBaseUrl API root when neither flag, variable nor config names one
 * @param baseUrlVariable environment variable naming the API root, or {@code null}
 * @param keyVariables   environment variables holding the key, first found wins; empty when no key is used
 * @param defaultModel   the model used when none is named
 */
public record Provider(
        String name, String defaultBaseUrl, String baseUrlVariable, List<String> keyVariables, String defaultModel) {
    public static final Provider OPENAI = new Provider(
            "openai", "https://api.openai.com/v1", "OPENAI_BASE_URL", List.of("OPENAI_API_KEY"), "gpt-4.1-mini");
    public static final Provider ANTHROPIC = new Provider(
            "anthropic",
            "https://api.anthropic.com/v1",
            "ANTHROPIC_BASE_URL",
            List.of("ANTHROPIC_API_KEY"),
            "claude-haiku-4-5");
    public static final Provider GEMINI = new Provider(
            "gemini",
            "https://generativelanguage.googleapis.com/v1beta",
            "GEMINI_BASE_URL",
            List.of("GEMINI_API_KEY", "GOOGLE_API_KEY"),
            "gemini-2.5-flash");
    /** No key by default; {@code OLLAMA_API_KEY} for a server behind a proxy that asks for one. */
    public static final Provider OLLAMA =
            new Provider("ollama", "http://localhost:11434", "OLLAMA_HOST", List.of("OLLAMA_API_KEY"), "qwen2.5:7b");
    /** The embedded engine: a child process serving a GGUF model over the OpenAI protocol on 127.0.0.1. */
    public static final Provider LOCAL = new Provider("local", "http://127.0.0.1", null, List.of(), null);

    /** Cloud providers, in the order {@code auto} looks for their keys. */
    public static final List<Provider> CLOUD = List.of(OPENAI, ANTHROPIC, GEMINI);

    public static final List<Provider> ALL = List.of(OPENAI, ANTHROPIC, GEMINI, OLLAMA, LOCAL);

    public static Optional<Provider> named(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return ALL.stream().filter(p -> p.name.equals(wanted)).findFirst();
    }

    /** Whether the provider refuses requests without a key (Ollama takes one only behind a proxy that asks). */
    public boolean needsKey() {
        return !keyVariables.isEmpty() && !name.equals("ollama");
    }
}
