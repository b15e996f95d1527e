package dev.tarjama.internal.llm;

/**
 * What the model answered: the value read from it, the text as it came (what the cache stores), and where it came
 * from.
 *
 * @param value   the parsed answer
 * @param text    the raw answer text
 * @param origin  a request, the cache, or a dry run's placeholder
 * @param tokens  what the request cost, as the provider reported it ({@link Tokens#NONE} unless from the model)
 */
public record Answer<T>(T value, String text, Origin origin, Tokens tokens) {
    /** Where an answer came from. */
    public enum Origin {
        /** The model answered a request. */
        MODEL,
        /** The answer cache had it: no request was made. */
        CACHE,
        /** A dry run: nothing was sent; the value is a placeholder of the right shape. */
        PLANNED
    }

    static <T> Answer<T> cached(T value, String text) {
        return new Answer<>(value, text, Origin.CACHE, Tokens.NONE);
    }

    public boolean planned() {
        return origin == Origin.PLANNED;
    }
}
