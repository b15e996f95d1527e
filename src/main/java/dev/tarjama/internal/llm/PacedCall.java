package dev.tarjama.internal.llm;

import dev.tarjama.Cancellation;

/**
 * When a request may go: after any run-wide pause a server asked for, within the adaptive concurrency limit, and
 * under the requests- and tokens-per-minute budget. Rate-limit answers passing back through teach it: the server's
 * wait pauses every request, and the concurrency limit drops.
 */
final class PacedCall implements ModelCall {
    private final ModelCall next;
    private final RunThrottle throttle;
    private final AdaptiveConcurrency concurrency;
    private final RateBudget budget;
    private final Cancellation cancellation;
    private final BackendHealth health;

    PacedCall(
            ModelCall next,
            RunThrottle throttle,
            AdaptiveConcurrency concurrency,
            RateBudget budget,
            Cancellation cancellation,
            BackendHealth health) {
        this.next = next;
        this.throttle = throttle;
        this.concurrency = concurrency;
        this.budget = budget;
        this.cancellation = cancellation;
        this.health = health;
    }

    @Override
    public <T> Answer<T> ask(Question<T> question) {
        long sentAt = throttle.await(cancellation) ? concurrency.acquire(cancellation) : -1;
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
                e.retryAfter().ifPresent(throttle::pauseFor);
            }
            throw e;
        } finally {
            concurrency.release();
        }
    }
}
