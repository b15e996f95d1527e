package dev.tarjama.internal.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.tarjama.Cancellation;
import dev.tarjama.Reporter;
import dev.tarjama.internal.store.CacheKey;
import dev.tarjama.internal.store.SqliteAnswerCache;
import dev.tarjama.testing.ScriptedChatModel;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache layer with an in-memory model: what is paid for once is never paid for again. */
class CachedCallTest {
    private static final BackendConfig BACKEND =
            new BackendConfig("openai", "gpt-test", "http://localhost/v1", null, Duration.ofSeconds(5), 0.2);

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();
    private final UsageMeter usage = new UsageMeter(null);

    private ModelCall chain(SqliteAnswerCache cache, ScriptedChatModel model) {
        CallServices services = new CallServices(
                cache,
                true,
                RetryPolicy.DEFAULT,
                new AdaptiveConcurrency(4),
                RateBudget.UNLIMITED,
                new Reporter() {
                    @Override
                    public void warning(String message) {
                        warnings.add(message);
                    }
                },
                new Cancellation(),
                new Random(1));
        return ModelCalls.chain(model, BACKEND, new BackendHealth(BACKEND, 3), services);
    }

    private Question<String> question(String text, AtomicInteger builds) {
        return new Question<>(
                "paragraph 0",
                CacheKey.of("segment").add("text", text).build(),
                () -> {
                    builds.incrementAndGet();
                    return ChatRequest.builder()
                            .messages(UserMessage.from(text))
                            .build();
                },
                answer -> answer,
                usage,
                10,
                "{}");
    }

    @Test
    void aCachedAnswerIsNeitherRequestedNorEvenBuilt() {
        ScriptedChatModel model = new ScriptedChatModel(request -> "answer to " + ScriptedChatModel.user(request));
        AtomicInteger builds = new AtomicInteger();
        try (SqliteAnswerCache cache = SqliteAnswerCache.open(dir.resolve("cache.db"), Clock.systemUTC())) {
            ModelCall chain = chain(cache, model);
            assertThat(chain.ask(question("one", builds)).origin()).isEqualTo(Answer.Origin.MODEL);
            Answer<String> again = chain.ask(question("one", builds));

            assertThat(again.origin()).isEqualTo(Answer.Origin.CACHE);
            assertThat(again.value()).isEqualTo("answer to one");
            assertThat(builds).hasValue(1);
            assertThat(model.requests()).hasSize(1);
            assertThat(usage.snapshot().cacheHits()).isEqualTo(1);
        }
    }

    @Test
    void aSecondProcessWaitsForTheAnswerTheFirstIsFetchingInsteadOfPayingAgain() throws Exception {
        ScriptedChatModel slow = new ScriptedChatModel(request -> {
            new Cancellation().sleep(700);
            return "slow answer";
        });
        ScriptedChatModel other = ScriptedChatModel.always("should not be asked");
        try (SqliteAnswerCache first = SqliteAnswerCache.open(dir.resolve("shared.db"), Clock.systemUTC());
                SqliteAnswerCache second = SqliteAnswerCache.open(dir.resolve("shared.db"), Clock.systemUTC())) {
            CompletableFuture<Answer<String>> fetching =
                    CompletableFuture.supplyAsync(() -> chain(first, slow).ask(question("same", new AtomicInteger())));
            new Cancellation().sleep(200);
            Answer<String> waited = chain(second, other).ask(question("same", new AtomicInteger()));

            assertThat(waited.value()).isEqualTo("slow answer");
            assertThat(waited.origin()).isEqualTo(Answer.Origin.CACHE);
            assertThat(other.requests()).isEmpty();
            assertThat(fetching.get().origin()).isEqualTo(Answer.Origin.MODEL);
        }
    }

    @Test
    void aDamagedCacheIsReportedOnceAndTheRunGoesOn() throws IOException {
        Path file = dir.resolve("damaged.db");
        try (SqliteAnswerCache cache = SqliteAnswerCache.open(file, Clock.systemUTC())) {
            ModelCall chain = chain(cache, ScriptedChatModel.always("x".repeat(3000)));
            for (int i = 0; i < 50; i++) {
                chain.ask(question("filler " + i, new AtomicInteger()));
            }
        }
        try (RandomAccessFile bytes = new RandomAccessFile(file.toFile(), "rw")) {
            for (long page = 2; page * 4096 < bytes.length(); page++) {
                bytes.seek(page * 4096);
                bytes.write(new byte[4096]); // every page after the first two zeroed: the b-tree is garbage
            }
        }
        try (SqliteAnswerCache cache = SqliteAnswerCache.open(file, Clock.systemUTC())) {
            ScriptedChatModel model = ScriptedChatModel.always("fresh");
            ModelCall chain = chain(cache, model);
            for (int i = 0; i < 5; i++) {
                assertThat(chain.ask(question("new " + i, new AtomicInteger())).value())
                        .isEqualTo("fresh");
            }
            assertThat(warnings).hasSize(1);
            assertThat(warnings.get(0))
                    .contains("damaged.db")
                    .contains("is damaged")
                    .contains("delete the file, or use --cache elsewhere or --no-cache");
        }
    }
}
