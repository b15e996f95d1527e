package dev.tarjama.internal.llm;

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

    /**
     * The provider's report, its prompt-cache reads included: OpenAI counts them inside the input
     * ({@code prompt_tokens_details.cached_tokens}); Anthropic beside it ({@code cache_read_input_tokens},
     * {@code cache_creation_input_tokens}), so they are added to the input here. Gemini counts them inside the input
     * ({@code cachedContentTokenCount}), which LangChain4j's Gemini module does not pass on: {@code notedCacheReads}
     * is that count as read from the response itself ({@link CacheReads}).
     */
    static Tokens of(TokenUsage usage, long notedCacheReads) {
        if (usage == null) {
            return NONE;
        }
        long input = count(usage.inputTokenCount());
        long output = count(usage.outputTokenCount());
        if (usage instanceof dev.langchain4j.model.openai.OpenAiTokenUsage openAi
                && openAi.inputTokensDetails() != null) {
            return new Tokens(input, output, count(openAi.inputTokensDetails().cachedTokens()));
        }
        if (usage instanceof dev.langchain4j.model.anthropic.AnthropicTokenUsage anthropic) {
            long read = count(anthropic.cacheReadInputTokens());
            return new Tokens(input + read + count(anthropic.cacheCreationInputTokens()), output, read);
        }
        return new Tokens(input, output, Math.min(input, notedCacheReads));
    }

    private static long count(Integer tokens) {
        return tokens == null ? 0 : tokens;
    }
}
