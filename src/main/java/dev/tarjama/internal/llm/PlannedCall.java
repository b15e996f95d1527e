package dev.tarjama.internal.llm;

/**
 * The end of a dry run's chain: the request is built exactly as it would be sent, counted into the plan, and
 * answered with the question's placeholder, so that the run goes on and its later requests (the brief, which
 * carries the translations) are built and counted too. Nothing is sent.
 */
final class PlannedCall implements ModelCall {
    private final RequestPlan plan;

    PlannedCall(RequestPlan plan) {
        this.plan = plan;
    }

    @Override
    public <T> Answer<T> ask(Question<T> question) {
        plan.add(new RequestPlan.Planned(
                question.label(),
                TokenEstimator.input(question.request()),
                question.expectedOutputTokens(),
                question.segments()));
        String text = question.placeholder();
        return new Answer<>(question.parser().parse(text), text, Answer.Origin.PLANNED, Tokens.NONE);
    }
}
