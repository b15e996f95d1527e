package dev.tarjama.internal.store;

import java.time.Duration;
import java.util.Optional;

/**
 * Answers already paid for, by what determined them. {@link #put} is durable when it returns: a crash right
 * after it loses nothing. Several processes may share one cache: {@link #claim} lets one of them fetch an answer
 * while the others wait for it instead of paying for it again. Implementations are safe for concurrent use.
 */
public interface AnswerCache extends AutoCloseable {
    /** A cache that remembers nothing ({@code --no-cache}). */
    AnswerCache NONE = new AnswerCache() {
        @Override
        public Optional<String> get(CacheKey key) {
            return Optional.empty();
        }

        @Override
        public void put(CacheKey key, String answer) {}

        @Override
        public void close() {}
    };

    /** @throws CacheDamagedException when the store is unreadable */
    Optional<String> get(CacheKey key);

    /** @throws CacheDamagedException when the store cannot be written */
    void put(CacheKey key, String answer);

    /**
     * Claims the right to fetch {@code key}'s answer for {@code lease}: false while another live process holds a
     * claim on it (it is being asked; wait for its answer). A claim ends when the answer is put or released, or
     * when the lease runs out (its holder died).
     */
    default boolean claim(CacheKey key, Duration lease) {
        return true;
    }

    /** Gives up a claim without an answer (the question failed). */
    default void release(CacheKey key) {}

    /** Which of {@code keys} have an answer stored, in one look (the run says up front how many it will request). */
    default java.util.Set<CacheKey> present(java.util.Collection<CacheKey> keys) {
        java.util.Set<CacheKey> found = new java.util.HashSet<>();
        for (CacheKey key : keys) {
            if (get(key).isPresent()) {
                found.add(key);
            }
        }
        return found;
    }

    /** Where the cache lives, for messages. */
    default String location() {
        return "the answer cache";
    }

    @Override
    void close();
}
