package dev.tarjama.internal.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.tarjama.internal.http.HttpClients;
import dev.tarjama.testing.FakeProvider;
import dev.tarjama.testing.Wire;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A provider's address that answers 307 to another port: the call follows, and the key stays behind — in every wire
 * format, whatever header carries it (OkHttp itself drops only {@code Authorization}, and only for another host).
 */
class RedirectedCredentialsTest {
    private static final String KEY = "sk-redirect-test-0123456789abcdef";

    @ParameterizedTest
    @EnumSource(Wire.class)
    void aRedirectToAnotherOriginCarriesNoKey(Wire wire) throws IOException {
        try (FakeProvider elsewhere = new FakeProvider(wire);
                MockWebServer home = new MockWebServer();
                HttpClients http = new HttpClients(1, Duration.ofSeconds(10))) {
            home.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    String target = elsewhere.baseUrl().replaceAll("/+$", "")
                            + request.getPath().substring(wire.prefix().length());
                    return new MockResponse().setResponseCode(307).setHeader("Location", target);
                }
            });
            home.start();
            String provider = wire.name().toLowerCase(java.util.Locale.ROOT);
            BackendConfig config = new BackendConfig(
                    provider,
                    "model-test",
                    home.url(wire.prefix()).toString().replaceAll("/+$", ""),
                    Secret.ofNullable(KEY),
                    Duration.ofSeconds(10),
                    0.0);
            ChatModel model =
                    new ChatModelFactories(() -> new OkHttpChatClientBuilder(http, Clock.systemUTC())).create(config);

            try {
                model.chat(ChatRequest.builder()
                        .messages(
                                SystemMessage.from("You translate."),
                                UserMessage.from("<paragraph-ab>\nنص\n</paragraph-ab>"))
                        .build());
            } catch (RuntimeException answeredWithoutAKey) {
                // what the other origin answers is not the point; what it was sent is
            }

            RecordedRequest asked = home.takeRequest();
            StringBuilder sent = new StringBuilder();
            asked.getHeaders().forEach(header -> sent.append(header.getSecond()).append('\n'));
            assertThat(sent.toString())
                    .as("the provider's own origin gets the key")
                    .contains(KEY);
            List<FakeProvider.Recorded> followed = elsewhere.requests();
            assertThat(followed).as("the redirect was followed").isNotEmpty();
            assertThat(followed).allSatisfy(r -> {
                assertThat(r.authorization()).as("credential header").isNull();
                assertThat(r.body().toString()).doesNotContain(KEY);
            });
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
