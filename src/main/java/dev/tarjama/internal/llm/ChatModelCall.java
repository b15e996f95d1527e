package dev.tarjama.internal.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;

/**
 * The end of the chain: one request to the provider's LangChain4j {@link ChatModel}, its answer read by the
 * question's parser. Whatever goes wrong leaves as a classified {@link CallFailedException}.
 */
final class ChatModelCall implements ModelCall {
    private final ChatModel model;
    private final Secret key;

    ChatModelCall(ChatModel model, Secret key) {
        this.model = model;
        this.key = key;
    }

    @Override
    public <T> Answer<T> ask(Question<T> question) {
        ChatResponse response;
        CacheReads.clear();
        try {
            response = model.chat(question.request());
        } catch (RuntimeException e) {
            throw Failures.classify(e, key);
        }
        Tokens tokens = Tokens.of(response.tokenUsage(), CacheReads.take());
        String text = response.aiMessage() == null ? null : response.aiMessage().text();
        if (text == null || text.isBlank()) {
            throw new CallFailedException(
                    FailureKind.TRANSIENT, null, 0, "the model answered with no text", null, tokens);
        }
        try {
            return new Answer<>(question.parser().parse(text), text, Answer.Origin.MODEL, tokens);
        } catch (MalformedAnswerException e) {
            throw new CallFailedException(FailureKind.TRANSIENT, null, 0, e.getMessage(), e, tokens);
        }
    }
}
