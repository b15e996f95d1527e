package dev.tarjama.internal.llm;

import dev.langchain4j.model.chat.ChatModel;
import java.time.Duration;

/** The one place the model-call chain is assembled; read it top to bottom to see what happens to every question. */
public final class ModelCalls {
    private ModelCalls() {}

    /**
     * cache → retries → pacing → metering → the provider. Retries sit above pacing because a retry is a request
     * too: it waits its turn under the rate limits like any other.
     */
    public static ModelCall chain(ChatModel model, BackendConfig backend, BackendHealth health, CallServices s) {
        return new CachedCall(
                new RetriedCall(
                        new PacedCall(
                                new MeteredCall(new ChatModelCall(model, backend.apiKey())),
                                s.concurrency(),
                                s.budget(),
                                s.cancellation(),
                                health),
                        s.retry(),
                        health,
                        s.listener(),
                        s.cancellation(),
                        s.random(),
                        backend.model()),
                s.cache(),
                backend,
                s.readCache(),
                true,
                lease(backend, s.retry()),
                s.listener(),
                s.cancellation());
    }

    /** A dry run: the cache is read but never written, and what would be sent is recorded in {@code plan}. */
    public static ModelCall planning(BackendConfig backend, CallServices s, RequestPlan plan) {
        return new CachedCall(
                new PlannedCall(plan),
                s.cache(),
                backend,
                s.readCache(),
                false,
                Duration.ZERO,
                s.listener(),
                s.cancellation());
    }

    /** Long enough for one question's attempts; a claim outliving its holder is then taken over. */
    private static Duration lease(BackendConfig backend, RetryPolicy retry) {
        return backend.timeout()
                .multipliedBy(2)
                .plusSeconds(30)
                .plus(retry.base().multipliedBy(retry.maxAttempts()));
    }
}
