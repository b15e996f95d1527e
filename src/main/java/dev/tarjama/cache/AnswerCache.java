package dev.tarjama.cache;

import java.util.Optional;

/**
 * Answers already paid for, by what determined them. {@link #put} is durable when it returns: a crash right
 * after it loses nothing. Implementations are safe for concurrent use.
 */
public interface AnswerCache extends AutoCloseable {
    /** A cache that remembers nothing ({@code --no-cache}). */
    AnswerCache NONE = new AnswerCache() {
        @Override
        public Optional<String> get(CacheKey key) {
            return Optional.empty();
        }

        @Override
        public void put(CacheKey key, String answer) {
        }

        @Override
        public void close() {
        }
    };

    Optional<String> get(CacheKey key);

    void put(CacheKey key, String answer);

    @Override
    void close();
}
