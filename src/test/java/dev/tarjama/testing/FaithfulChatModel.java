package dev.tarjama.testing;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An in-memory model that answers as the {@link FakeProvider} does — faithful translations that name their
 * paragraph and carry its figures, the fake's brief, glossary and review — with no server in between: for tests of a
 * stage or of the pipeline, where the wire is not what is tested.
 */
public final class FaithfulChatModel implements ChatModel {
    private final List<ChatRequest> requests = new CopyOnWriteArrayList<>();

    @Override
    public ChatResponse chat(ChatRequest request) {
        requests.add(request);
        String system = request.messages().stream()
                .filter(SystemMessage.class::isInstance)
                .map(m -> ((SystemMessage) m).text())
                .findFirst()
                .orElse("");
        String user = ScriptedChatModel.user(request);
        String kind = Wire.kind(system);
        String content = FakeProvider.answerContent(kind, FakeProvider.paragraphOf(user), user);
        if (content == null) {
            throw new IllegalArgumentException("a request the fake does not know: " + kind);
        }
        return ChatResponse.builder()
                .aiMessage(AiMessage.from(content))
                .tokenUsage(new TokenUsage(120, 40))
                .build();
    }

    /** Every request, in order. */
    public List<ChatRequest> requests() {
        return List.copyOf(requests);
    }

    /** The requests whose user message is a batch of paragraphs. */
    public long batches() {
        return requests.stream()
                .filter(r -> ScriptedChatModel.user(r).contains("<paragraphs-"))
                .count();
    }

    /** Whether {@code request} is the brief's. */
    public static boolean isBrief(ChatRequest request) {
        return request.messages().stream()
                .anyMatch(m -> m instanceof SystemMessage s && s.text().contains("news editor"));
    }

    /** The user message's text. */
    static String user(ChatRequest request) {
        return ((UserMessage) request.messages().get(request.messages().size() - 1)).singleText();
    }
}
