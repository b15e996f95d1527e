package dev.tarjama.internal.llm;

/** Counts every request actually sent, the requests in flight, and the tokens each one cost, answered or not. */
final class MeteredCall implements ModelCall {
    private final ModelCall next;

    MeteredCall(ModelCall next) {
        this.next = next;
    }

    @Override
    public <T> Answer<T> ask(Question<T> question) {
        UsageMeter meter = question.meter();
        boolean paragraphs = question.label().startsWith("paragraph"); // "paragraph 7", "paragraphs 3–9"
        meter.requestSent();
        try {
            Answer<T> answer = next.ask(question);
            meter.answered(answer.tokens(), paragraphs);
            return answer;
        } catch (CallFailedException e) {
            meter.answered(e.tokens(), paragraphs);
            throw e;
        } finally {
            meter.requestEnded();
        }
    }
}
