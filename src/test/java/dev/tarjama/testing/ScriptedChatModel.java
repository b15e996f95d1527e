package dev.tarjama.testing;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * An in-memory {@link ChatModel} whose answers a test scripts: a function from the request to the answer text, or
 * to an exception it throws (as a provider library would). Every request is recorded.
 */
public final class ScriptedChatModel implements ChatModel {
    private final Function<ChatRequest, String> answers;
    private final List<ChatRequest> requests = new CopyOnWriteArrayList<>();

    public ScriptedChatModel(Function<ChatRequest, String> answers) {
        this.answers = answers;
    }

    /** Answers every request with {@code text}. */
    public static ScriptedChatModel always(String text) {
        return new ScriptedChatModel(request -> text);
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        requests.add(request);
        String text = answers.apply(request);
        return ChatResponse.builder()
                .aiMessage(AiMessage.from(text))
                .tokenUsage(new TokenUsage(10, 5))
                .build();
    }

    public List<ChatRequest> requests() {
        return List.copyOf(requests);
    }

    /** The user message of a request. */
    public static String user(ChatRequest request) {
        return ((dev.langchain4j.data.message.UserMessage)
                        request.messages().get(request.messages().size() - 1))
                .singleText();
    }
}
