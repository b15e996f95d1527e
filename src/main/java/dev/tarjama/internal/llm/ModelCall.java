package dev.tarjama.internal.llm;

/**
 * Asks the model a question. Every model call of a run goes through one chain of these, each layer with one job
 * (see {@link ModelCalls#chain}): the answer cache, retries, pacing, metering, and finally the provider.
 */
public interface ModelCall {
    /**
     * @throws RequestFailedException when this question failed for good; other questions may still succeed
     * @throws dev.tarjama.BackendException when the backend failed in a way that stops the run
     */
    <T> Answer<T> ask(Question<T> question);

    /**
     * Keeps {@code answer} as the answer to {@code question}, as if the model had answered it alone: a batch's answer
     * is stored paragraph by paragraph, so a rerun or an edited article finds each paragraph on its own.
     */
    default void remember(Question<?> question, String answer) {}

    /** Which of {@code questions} would be answered without a request (the cache holds their answers), in order. */
    default java.util.List<Boolean> answeredEach(java.util.List<? extends Question<?>> questions) {
        return questions.stream().map(q -> false).toList();
    }

    /** How many of {@code questions} would be answered without a request (the cache holds their answers). */
    default int answeredWithoutRequest(java.util.List<? extends Question<?>> questions) {
        return 0;
    }
}
