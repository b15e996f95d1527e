package dev.tarjama.internal.llm;

/** Turns a model's text answer into a value. */
@FunctionalInterface
public interface AnswerParser<T> {
    /**
     * @throws MalformedAnswerException when the answer is not usable; the gateway retries the request
     */
    T parse(String answer);
}
