package dev.tarjama.internal.llm;

import dev.tarjama.Cancellation;

/**
 * A provider's per-minute limits (requests, tokens), held by everything that shares one account: every article
 * and request of a run, and, with a shared database, several workers.
 */
public interface RateBudget {
    /** No limits. */
    RateBudget UNLIMITED = new RateBudget() {
        @Override
        public boolean limitsTokens() {
            return false;
        }

        @Override
        public boolean acquire(long tokens, Cancellation cancellation) {
            return !cancellation.isCancelled();
        }
    };

    /** Whether requests need a token estimate (counting tokens costs time on every request). */
    boolean limitsTokens();

    /**
     * Blocks until one more request of about {@code tokens} fits under the limits, and counts it.
     *
     * @return false when the run was cancelled while waiting (nothing is counted then)
     */
    boolean acquire(long tokens, Cancellation cancellation);
}
