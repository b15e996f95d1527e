package dev.tarjama.internal.llm;

import dev.tarjama.Cancellation;

/**
 * When a request may go: within the adaptive concurrency limit, and under the requests- and tokens-per-minute budget.
 * Rate-limit answers passing back through teach it: the concurrency limit drops (the request that was told to wait
 * waits in {@link RetriedCall}).
 */
final class PacedCall implements ModelCall {
    private final ModelCall next;
    private final AdaptiveConcurrency concurrency;
    private final RateBudget budget;
    private final Cancellation cancellation;
    private final BackendHealth health;

    PacedCall(
            ModelCall next,
            AdaptiveConcurrency concurrency,
            RateBudget budget,
            Cancellation cancellation,
            BackendHealth health) {
        this.next = next;
        this.concurrency = concurrency;
        this.budget = budget;
        this.cancellation = cancellation;
        this.health = health;
    }

    @Override
    public <T> Answer<T> ask(Question<T> question) {
        long sentAt = concurrency.acquire(cancellation);
        if (sentAt < 0) {
            throw RequestFailedException.interrupted();
        }
        try {
            // only a tokens-per-minute limit needs the count; counting costs time on every request
            long tokens = budget.limitsTokens()
                    ? TokenEstimator.input(question.request()) + question.expectedOutputTokens()
                    : 0;
            if (!budget.acquire(tokens, cancellation)) {
                throw RequestFailedException.interrupted();
            }
            health.checkRunning(); // the run may have been stopped while this request waited its turn
            Answer<T> answer = next.ask(question);
            concurrency.succeeded();
            return answer;
        } catch (CallFailedException e) {
            if (e.kind().stopsRun && !e.kind().retriable) {
                health.failed(e, true); // before this request's place is freed: no one else may take it and send
            }
            if (e.kind() == FailureKind.RATE_LIMITED) {
                concurrency.rateLimited(sentAt);
            }
            throw e;
        } finally {
            concurrency.release();
        }
    }
}
