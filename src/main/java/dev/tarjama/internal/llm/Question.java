package dev.tarjama.internal.llm;

import dev.langchain4j.model.chat.request.ChatRequest;
import dev.tarjama.internal.store.CacheKey;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One question to the model, as every layer of the {@link ModelCall} chain sees it: what it is for, what
 * determines its answer, the request (built only when a request is really sent), how to read the answer, and whose
 * usage it counts towards.
 */
public final class Question<T> {
    private final String label;
    private final CacheKey key;
    private final Supplier<ChatRequest> builder;
    private final AnswerParser<T> parser;
    private final UsageMeter meter;
    private final int expectedOutputTokens;
    private final String placeholder;
    private final int segments;
    private ChatRequest request;

    /**
     * @param label                what the question is for, in messages: "paragraph 12", "brief"
     * @param key                  what determines the answer apart from the backend, or {@code null} for an answer
     *                             that is never cached (the request itself carries random fences, so it cannot be
     *                             the key)
     * @param builder              builds the request; called at most once, and only when it is sent or counted
     * @param parser               reads the answer; a {@link MalformedAnswerException} makes the request retried
     * @param meter                the article's usage
     * @param expectedOutputTokens about how long the answer is, for token budgets and dry-run estimates
     * @param placeholder          an answer of the right shape and about the right length, which a dry run uses in
     *                             place of the model's so that later requests (the brief) can be built and counted
     */
    public Question(
            String label,
            CacheKey key,
            Supplier<ChatRequest> builder,
            AnswerParser<T> parser,
            UsageMeter meter,
            int expectedOutputTokens,
            String placeholder) {
        this(label, key, builder, parser, meter, expectedOutputTokens, placeholder, 1);
    }

    /** As above, for a question that answers {@code segments} segments of an article at once. */
    public Question(
            String label,
            CacheKey key,
            Supplier<ChatRequest> builder,
            AnswerParser<T> parser,
            UsageMeter meter,
            int expectedOutputTokens,
            String placeholder,
            int segments) {
        this.label = Objects.requireNonNull(label, "label");
        this.key = key;
        this.builder = Objects.requireNonNull(builder, "builder");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.meter = Objects.requireNonNull(meter, "meter");
        this.expectedOutputTokens = expectedOutputTokens;
        this.placeholder = placeholder;
        this.segments = segments;
    }

    /** How many segments of an article this question translates: several for a batch, else one. */
    public int segments() {
        return segments;
    }

    public String label() {
        return label;
    }

    public CacheKey key() {
        return key;
    }

    /** The request, built on first use. */
    public synchronized ChatRequest request() {
        if (request == null) {
            request = builder.get();
        }
        return request;
    }

    public AnswerParser<T> parser() {
        return parser;
    }

    public UsageMeter meter() {
        return meter;
    }

    public int expectedOutputTokens() {
        return expectedOutputTokens;
    }

    public String placeholder() {
        return placeholder;
    }
}
