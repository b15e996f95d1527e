package dev.tarjama.internal.local;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.function.Function;

/**
 * The embedded engine as a LangChain4j {@link ChatModel}: every call goes through the OpenAI-compatible model of
 * the engine's current child process, which is (re)started first when needed.
 */
public final class LocalChatModel implements ChatModel {
    private final LocalEngine engine;
    private final Function<String, ChatModel> openAiAt;
    private String url;
    private ChatModel delegate;

    /** @param openAiAt builds the OpenAI-protocol model for a base URL */
    public LocalChatModel(LocalEngine engine, Function<String, ChatModel> openAiAt) {
        this.engine = engine;
        this.openAiAt = openAiAt;
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        return current().chat(request);
    }

    private synchronized ChatModel current() {
        String running = engine.ensureRunning();
        if (!running.equals(url)) {
            url = running;
            delegate = openAiAt.apply(running);
        }
        return delegate;
    }
}
