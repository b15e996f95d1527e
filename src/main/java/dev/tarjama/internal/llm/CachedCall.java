package dev.tarjama.internal.llm;

import dev.tarjama.Cancellation;
import dev.tarjama.Reporter;
import dev.tarjama.internal.store.AnswerCache;
import dev.tarjama.internal.store.CacheDamagedException;
import dev.tarjama.internal.store.CacheKey;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The answer cache in front of everything: an answer already paid for is never bought twice, and each new one is
 * stored the moment it arrives. Keys are scoped to the backend (another model, server or temperature is another
 * answer). When another process sharing the cache is fetching the same answer, this waits for it rather than
 * paying again. A damaged cache is reported once; the run goes on without it.
 */
final class CachedCall implements ModelCall {
    private static final long POLL_MILLIS = 250;

    private final ModelCall next;
    private final AnswerCache cache;
    private final BackendConfig backend;
    private final boolean read;
    private final boolean write;
    private final Duration lease;
    private final Reporter listener;
    private final Cancellation cancellation;
    private final AtomicBoolean damageReported = new AtomicBoolean();

    /**
     * @param read  use stored answers ({@code --refresh} turns this off)
     * @param write store new answers (a dry run only reads)
     * @param lease how long a claim on a question may last before another process takes it over
     */
    CachedCall(
            ModelCall next,
            AnswerCache cache,
            BackendConfig backend,
            boolean read,
            boolean write,
            Duration lease,
            Reporter listener,
            Cancellation cancellation) {
        this.next = next;
        this.cache = cache;
        this.backend = backend;
        this.read = read;
        this.write = write;
        this.lease = lease;
        this.listener = listener;
        this.cancellation = cancellation;
    }

    @Override
    public <T> Answer<T> ask(Question<T> question) {
        if (question.key() == null) {
            return next.ask(question);
        }
        CacheKey key = scope(question.key(), backend);
        if (read) {
            Optional<Answer<T>> stored = stored(key, question);
            if (stored.isPresent()) {
                question.meter().cacheHit();
                return stored.get();
            }
        }
        boolean claimed = write && awaitClaim(key, question);
        if (write && read) {
            Optional<Answer<T>> arrived = stored(key, question); // another process may have answered meanwhile
            if (arrived.isPresent()) {
                if (claimed) {
                    release(key);
                }
                question.meter().cacheHit();
                return arrived.get();
            }
        }
        try {
            Answer<T> answer = next.ask(question);
            if (write && answer.origin() == Answer.Origin.MODEL) {
                store(key, answer.text());
            }
            return answer;
        } finally {
            if (claimed) {
                release(key);
            }
        }
    }

    @Override
    public int answeredWithoutRequest(java.util.List<? extends Question<?>> questions) {
        if (!read) {
            return 0;
        }
        java.util.List<CacheKey> keys = questions.stream()
                .filter(q -> q.key() != null)
                .map(q -> scope(q.key(), backend))
                .toList();
        try {
            return cache.present(keys).size();
        } catch (CacheDamagedException e) {
            reportDamage(e);
            return 0;
        }
    }

    @Override
    public void remember(Question<?> question, String answer) {
        if (write && question.key() != null) {
            store(scope(question.key(), backend), answer);
        }
    }

    @Override
    public java.util.List<Boolean> answeredEach(java.util.List<? extends Question<?>> questions) {
        if (!read) {
            return questions.stream().map(q -> false).toList();
        }
        java.util.List<CacheKey> keys = questions.stream()
                .map(q -> q.key() == null ? null : scope(q.key(), backend))
                .toList();
        try {
            java.util.Set<CacheKey> present = new java.util.HashSet<>(cache.present(
                    keys.stream().filter(java.util.Objects::nonNull).toList()));
            return keys.stream().map(k -> k != null && present.contains(k)).toList();
        } catch (CacheDamagedException e) {
            reportDamage(e);
            return questions.stream().map(q -> false).toList();
        }
    }

    /** The key with the backend's identity mixed in. */
    static CacheKey scope(CacheKey key, BackendConfig backend) {
        return CacheKey.of(key.kind())
                .add("provider", backend.provider())
                .add("model", backend.model())
                .add("base_url", backend.baseUrl())
                .add("temperature", String.valueOf(backend.temperature()))
                .add("request", key.digest())
                .build();
    }

    /** Waits while another process holds the claim: true once this one holds it, false when it answered meanwhile. */
    private boolean awaitClaim(CacheKey key, Question<?> question) {
        while (true) {
            try {
                if (cache.claim(key, lease)) {
                    return true;
                }
            } catch (CacheDamagedException e) {
                reportDamage(e);
                return false;
            }
            if (read && stored(key, question).isPresent()) {
                return false; // answered by the other process: the caller reads it
            }
            if (cancellation.sleep(POLL_MILLIS)) {
                throw RequestFailedException.interrupted();
            }
        }
    }

    private <T> Optional<Answer<T>> stored(CacheKey key, Question<T> question) {
        try {
            return cache.get(key).map(text -> Answer.cached(question.parser().parse(text), text));
        } catch (MalformedAnswerException e) {
            return Optional.empty(); // an unreadable entry is simply asked again, and replaced
        } catch (CacheDamagedException e) {
            reportDamage(e);
            return Optional.empty();
        }
    }

    private void store(CacheKey key, String text) {
        try {
            cache.put(key, text);
        } catch (CacheDamagedException e) {
            reportDamage(e);
        }
    }

    private void release(CacheKey key) {
        try {
            cache.release(key);
        } catch (CacheDamagedException e) {
            reportDamage(e);
        }
    }

    private void reportDamage(CacheDamagedException e) {
        if (damageReported.compareAndSet(false, true)) {
            listener.warning(e.getMessage());
        }
    }
}
