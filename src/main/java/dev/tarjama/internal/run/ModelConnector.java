package dev.tarjama.internal.run;

import dev.langchain4j.model.chat.ChatModel;
import dev.tarjama.internal.http.HttpClients;
import dev.tarjama.internal.llm.BackendConfig;
import dev.tarjama.internal.llm.ChatModelFactories;
import dev.tarjama.internal.llm.OkHttpChatClientBuilder;
import dev.tarjama.internal.llm.Provider;
import dev.tarjama.internal.local.InstalledModel;
import dev.tarjama.internal.local.LocalChatModel;
import dev.tarjama.internal.local.LocalEngine;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

/** How a run gets its LangChain4j {@link ChatModel}: built for a backend, or handed over by a program. */
@FunctionalInterface
public interface ModelConnector {
    /**
     * @param http    the run's HTTP clients, for providers reached over HTTP
     * @param closing takes what must be closed when the run ends (the embedded engine's child process)
     */
    ChatModel connect(HttpClients http, Consumer<AutoCloseable> closing);

    /** A model the caller built and owns. */
    static ModelConnector of(ChatModel model) {
        return (http, closing) -> model;
    }

    /**
     * The provider's LangChain4j model, over the run's HTTP clients; for the embedded engine, a child process
     * serving {@code local} (started on the first request) and the OpenAI-protocol model that talks to it.
     */
    static ModelConnector forBackend(BackendConfig backend, java.nio.file.Path localModel) {
        return (http, closing) -> {
            ChatModelFactories factories =
                    new ChatModelFactories(() -> new OkHttpChatClientBuilder(http, Clock.systemUTC()));
            if (!backend.provider().equals(Provider.LOCAL.name())) {
                return factories.create(backend);
            }
            InstalledModel local = new InstalledModel(backend.model(), localModel, "tarjama", 0);
            LocalEngine engine =
                    new LocalEngine(local, LocalEngine.sameJvm("dev.tarjama.cli.Main"), Duration.ofMinutes(2));
            closing.accept(engine);
            return new LocalChatModel(
                    engine,
                    url -> factories.create(new BackendConfig(
                            backend.provider(), backend.model(), url, null, backend.timeout(), backend.temperature())));
        };
    }
}
