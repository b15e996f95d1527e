package dev.tarjama.run;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.tarjama.model.Article;
import dev.tarjama.model.Paragraph;
import dev.tarjama.prompt.PromptKind;
import dev.tarjama.prompt.PromptLibrary;
import java.util.List;
import java.util.Map;

/**
 * What a run would send and roughly what it would cost, computed without calling anything: the paragraph
 * requests are rendered exactly as they would go out and counted with OpenAI's o200k tokenizer; outputs and
 * the brief are estimated from the source's size.
 *
 * @param article         the article as segmented
 * @param paragraphRequests requests for paragraphs (one per segment)
 * @param inputTokens     estimated input tokens, brief included
 * @param outputTokens    estimated output tokens, brief included
 */
public record DryRunPlan(Article article, int paragraphRequests, long inputTokens, long outputTokens) {
    /** Per-request JSON wrapping and the one-line summary, in tokens. */
    private static final int ANSWER_OVERHEAD = 45;
    /** A brief is a few hundred words of JSON. */
    private static final int BRIEF_OUTPUT = 600;
    private static final Encoding TOKENIZER = Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.O200K_BASE);

    public int requests() {
        return paragraphRequests + 1;
    }

    static DryRunPlan of(Article article, List<ChatRequest> requests, PromptLibrary prompts) {
        long input = 0;
        long output = 0;
        for (ChatRequest request : requests) {
            for (ChatMessage message : request.messages()) {
                input += tokens(message);
            }
        }
        long sourceTokens = 0;
        for (Paragraph p : article.paragraphs()) {
            sourceTokens += TOKENIZER.countTokens(p.text());
        }
        // English usually takes fewer tokens than the Arabic it translates; 0.8 errs on the side of a higher bill
        long translationTokens = Math.round(sourceTokens * 0.8);
        output += translationTokens + (long) ANSWER_OVERHEAD * requests.size();

        String briefSystem = prompts.get(PromptKind.BRIEF).system(Map.of(
                "fence", "000000000000", "paragraphs", "", "title", "", "source_language", article.language(),
                "source_language_name", article.language(), "target_language", "en", "target_language_name", "English"));
        input += TOKENIZER.countTokens(briefSystem) + sourceTokens + translationTokens;
        output += BRIEF_OUTPUT;
        return new DryRunPlan(article, requests.size(), input, output);
    }

    private static int tokens(ChatMessage message) {
        if (message instanceof SystemMessage system) {
            return TOKENIZER.countTokens(system.text()) + 4;
        }
        if (message instanceof UserMessage user) {
            return TOKENIZER.countTokens(user.singleText()) + 4;
        }
        return 0;
    }
}
