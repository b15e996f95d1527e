package dev.tarjama.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.tarjama.ArticleSource;
import dev.tarjama.Backend;
import dev.tarjama.Cancellation;
import dev.tarjama.Options;
import dev.tarjama.Reporter;
import dev.tarjama.internal.llm.BackendConfig;
import dev.tarjama.internal.llm.PriceTable;
import dev.tarjama.internal.run.ModelConnector;
import dev.tarjama.internal.run.ProcessResources;
import dev.tarjama.internal.run.RunContext;
import dev.tarjama.model.Article;
import dev.tarjama.model.ParagraphStatus;
import dev.tarjama.model.TranslatedArticle;
import dev.tarjama.model.TranslatedParagraph;
import dev.tarjama.testing.FaithfulChatModel;
import dev.tarjama.testing.FakeProvider;
import dev.tarjama.testing.Samples;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The pipeline over an in-memory model, asserted on the records it returns: every paragraph beside its own source,
 * the requests a plan makes, a split when a batch's answer is wrong, what an interrupt leaves.
 */
class PipelineTest {
    /** A run of the pipeline over {@code model}, with {@code options}. */
    private static TranslatedArticle translate(ChatModel model, Options given, Cancellation cancellation) {
        // the in-memory model writes synthetic English that no dictionary explains
        Options options = given.toBuilder().lexicon(dev.tarjama.Lexicon.OFF).build();
        BackendConfig backend = BackendConfig.of(new Backend("custom", "in-memory", "in-process", null, null), options);
        try (RunContext run = new RunContext(
                options,
                new RunContext.Parts(
                        backend,
                        ModelConnector.of(model),
                        null,
                        null,
                        PriceTable.defaults(),
                        Reporter.NONE,
                        Clock.systemUTC(),
                        cancellation,
                        ProcessResources.forOneRun()))) {
            Article article = run.loader().load(ArticleSource.file(Samples.codeRed()), null);
            return run.pipeline().translate(article, List.of());
        }
    }

    private static void assertEveryParagraphBesideItsOwnSource(TranslatedArticle article) {
        assertThat(article.paragraphs())
                .allSatisfy(p -> assertThat(p.translation())
                        .as("¶%d", p.index())
                        .contains(FakeProvider.fingerprint(p.source().text())));
    }

    @Test
    void theSampleIsTranslatedInOneBatchAndBriefedWhenTheCheapestPlanIsAskedFor() {
        FaithfulChatModel model = new FaithfulChatModel();

        TranslatedArticle article = translate(
                model, Options.builder().plan(dev.tarjama.PlanGoal.CHEAPEST).build(), new Cancellation());

        assertThat(article.paragraphs()).hasSize(20).allMatch(TranslatedParagraph::isOk);
        assertEveryParagraphBesideItsOwnSource(article);
        assertThat(article.brief()).isNotNull();
        assertThat(article.brief().headline()).isEqualTo("OpenAI declares Code Red against Google");
        assertThat(article.glossary()).extracting(g -> g.target()).contains("Code Red", "Sam Altman");
        assertThat(article.usage().requests()).as("one batch, one brief").isEqualTo(2);
        assertThat(model.batches()).isEqualTo(1);
        assertThat(article.interrupted()).isFalse();
    }

    @Test
    void oneParagraphPerRequestWhenBatchTokensIsZero() {
        FaithfulChatModel model = new FaithfulChatModel();

        TranslatedArticle article =
                translate(model, Options.builder().batchTokens(0).build(), new Cancellation());

        assertEveryParagraphBesideItsOwnSource(article);
        assertThat(article.usage().requests()).as("20 paragraphs, the brief").isEqualTo(21);
        assertThat(model.batches()).isZero();
    }

    @Test
    void aBatchAnswerMissingAnIdIsSplitAndNoTranslationLandsBesideAnotherSource() {
        Pattern item = Pattern.compile("\\{\"id\":\"p7\"[^}]*\\},?");
        FaithfulChatModel faithful = new FaithfulChatModel();
        ChatModel dropsP7 = new ChatModel() {
            @Override
            public ChatResponse chat(ChatRequest request) {
                ChatResponse answer = faithful.chat(request);
                String text = answer.aiMessage().text();
                Matcher m = item.matcher(text);
                if (!text.startsWith("{\"paragraphs\"") || !m.find() || text.split("\"id\":").length <= 2) {
                    return answer; // only a batch of several loses p7
                }
                return ChatResponse.builder()
                        .aiMessage(AiMessage.from(m.replaceFirst("").replace(",]", "]")))
                        .tokenUsage(answer.tokenUsage())
                        .build();
            }
        };

        TranslatedArticle article = translate(dropsP7, Options.defaults(), new Cancellation());

        assertThat(article.paragraphs()).allMatch(TranslatedParagraph::isOk);
        assertEveryParagraphBesideItsOwnSource(article);
        assertThat(faithful.requests().size())
                .as("the batch, its halves down to p7 alone, the brief")
                .isGreaterThan(3);
    }

    @Test
    void escapeSequencesAndBidiOverridesInAnAnswerReachNoRecord() {
        FaithfulChatModel faithful = new FaithfulChatModel();
        ChatModel hostile = new ChatModel() {
            @Override
            public ChatResponse chat(ChatRequest request) {
                ChatResponse answer = faithful.chat(request);
                String text = answer.aiMessage()
                        .text()
                        .replace("Translation of", "\\u001b]0;pwned\\u0007\\u001b[31mTranslation\\u202e of\\u001b[0m")
                        .replace("OpenAI declares", "\\u202eOpenAI declares");
                return ChatResponse.builder()
                        .aiMessage(AiMessage.from(text))
                        .tokenUsage(answer.tokenUsage())
                        .build();
            }
        };

        TranslatedArticle article = translate(hostile, Options.defaults(), new Cancellation());

        assertEveryParagraphBesideItsOwnSource(article);
        assertThat(article.paragraphs())
                .allSatisfy(p -> assertThat(p.translation())
                        .startsWith("Translation of")
                        .doesNotContain("\u001b", "\u0007", "\u202e", "pwned"));
        assertThat(article.brief().headline()).isEqualTo("OpenAI declares Code Red against Google");
    }

    @Test
    void aRunCancelledBeforeItsRequestsLeavesEveryParagraphMarkedAsInterrupted() {
        Cancellation cancelled = new Cancellation();
        cancelled.cancel();
        FaithfulChatModel model = new FaithfulChatModel();

        TranslatedArticle article = translate(model, Options.defaults(), cancelled);

        assertThat(article.interrupted()).isTrue();
        assertThat(article.paragraphs())
                .allSatisfy(p -> assertThat(p.status()).isEqualTo(ParagraphStatus.FAILED))
                .allSatisfy(p -> assertThat(p.error()).isEqualTo("not translated: the run was interrupted"));
        assertThat(model.requests()).isEmpty();
    }
}
