package dev.tarjama.internal.llm;

import dev.tarjama.Cancellation;
import dev.tarjama.Reporter;
import dev.tarjama.TarjamaException;
import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Tries a question until it is answered or there is no point: failures are retried with backoff up to the attempt
 * limit; a server pacing us is waited out by the request it paced, without spending an attempt, within the question's
 * time budget; a
 * failure that no retry can fix stops the whole run ({@link BackendHealth}).
 */
final class RetriedCall implements ModelCall {
    private final ModelCall next;
    private final RetryPolicy policy;
    private final BackendHealth health;
    private final Reporter listener;
    private final Cancellation cancellation;
    private final RandomGenerator random;
    private final String model;

    RetriedCall(
            ModelCall next,
            RetryPolicy policy,
            BackendHealth health,
            Reporter listener,
            Cancellation cancellation,
            RandomGenerator random,
            String model) {
        this.next = next;
        this.policy = policy;
        this.health = health;
        this.listener = listener;
        this.cancellation = cancellation;
        this.random = random;
        this.model = model;
    }

    @Override
    public <T> Answer<T> ask(Question<T> question) {
        long deadline = System.nanoTime() + policy.maxWait().toNanos();
        int failures = 0;
        while (true) {
            health.checkRunning();
            if (cancellation.isCancelled()) {
                throw RequestFailedException.interrupted();
            }
            CallFailedException failure;
            try {
                Answer<T> answer = next.ask(question);
                health.answered();
                return answer;
            } catch (CallFailedException e) {
                failure = e;
            }
            if (cancellation.isCancelled()) {
                throw RequestFailedException.interrupted();
            }
            String reason = failure.getMessage() + " (model " + model + ")";
            if (failure.isPacing()) {
                Duration wait = policy.paced(failure.retryAfter().orElseThrow(), random);
                if (System.nanoTime() + wait.toNanos() - deadline > 0) {
                    throw new RequestFailedException(
                            reason + ", still after waiting " + minutes(policy.maxWait()) + " (--max-wait)",
                            failures + 1);
                }
                question.meter().retried();
                listener.retrying(question.label(), failures + 1, reason, wait);
                // this request waits as told; the others go on, fewer at a time (the concurrency limit dropped), so
                // one article's pause never stalls the articles beside it
                if (cancellation.sleep(wait.toMillis())) {
                    throw RequestFailedException.interrupted();
                }
                continue;
            }
            failures++;
            boolean last = !failure.kind().retriable || failures >= policy.maxAttempts();
            TarjamaException stop = health.failed(failure, last);
            if (stop != null) {
                throw stop;
            }
            if (last) {
                String after = failures == 1 ? "" : " after " + failures + " attempts";
                throw new RequestFailedException(failure.getMessage() + after + " (model " + model + ")", failures);
            }
            Duration wait = failure.retryAfter().orElse(policy.backoff(failures, random));
            question.meter().retried();
            listener.retrying(question.label(), failures, reason, wait);
            if (cancellation.sleep(wait.toMillis())) {
                throw RequestFailedException.interrupted();
            }
        }
    }

    private static String minutes(Duration d) {
        return d.toSeconds() % 60 == 0 ? d.toMinutes() + " min" : d.toSeconds() + " s";
    }
}
