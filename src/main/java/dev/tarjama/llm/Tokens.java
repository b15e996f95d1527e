package dev.tarjama.llm;

import dev.langchain4j.model.output.TokenUsage;

/**
 * The tokens one answer cost, as the provider reported them.
 *
 * @param input       input tokens, cached ones included
 * @param output      output tokens
 * @param cachedInput input tokens the provider served from its prompt cache (billed at a lower rate)
 */
public record Tokens(long input, long output, long cachedInput) {
    public static final Tokens NONE = new Tokens(0, 0, 0);

    static Tokens of(TokenUsage usage) {
        if (usage == null) {
            return NONE;
        }
        return new Tokens(
                usage.inputTokenCount() == null ? 0 : usage.inputTokenCount(),
                usage.outputTokenCount() == null ? 0 : usage.outputTokenCount(),
                0);
    }
}
