package dev.tarjama.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An in-process provider for the benchmark: answers every request after a fixed latency, with a well-formed
 * translation or brief, and counts the requests.
 */
final class LatencyChatModel implements ChatModel {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PARAGRAPH = Pattern.compile("<paragraph-([0-9a-f]+)>\\n(.*?)\\n</paragraph-\\1>", Pattern.DOTALL);

    private static final Pattern DIGITS = Pattern.compile("\\d+%?");

    private final Duration latency;
    private final AtomicInteger paragraphRequests = new AtomicInteger();
    private final AtomicInteger briefRequests = new AtomicInteger();

    LatencyChatModel(Duration latency) {
        this.latency = latency;
    }

    int paragraphRequests() {
        return paragraphRequests.get();
    }

    int briefRequests() {
        return briefRequests.get();
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        if (!latency.isZero()) {
            try {
                Thread.sleep(latency.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        String user = ((UserMessage) request.messages().get(1)).singleText();
        Matcher m = PARAGRAPH.matcher(user);
        ObjectNode answer = JSON.createObjectNode();
        if (m.find()) {
            paragraphRequests.incrementAndGet();
            // every number of the source and about its length, so that the checks pass as they would on a good model
            StringBuilder numbers = new StringBuilder();
            Matcher digits = DIGITS.matcher(m.group(2));
            while (digits.find()) {
                numbers.append(' ').append(digits.group());
            }
            answer.put("translation", m.group(2).startsWith("عنوان") ? "News headline number" + numbers
                    : "The company said in a statement that revenue rose in the third quarter while operating costs fell"
                    + " under the restructuring plan it announced last year:" + numbers + ".");
            answer.put("summary", "One line.");
        } else {
            briefRequests.incrementAndGet();
            answer.put("headline", "Headline").put("summary", "Summary.");
            answer.putArray("key_points").addObject().put("text", "A point.").putArray("sources").add(1);
            answer.putArray("key_figures");
            answer.putArray("entities");
        }
        return ChatResponse.builder()
                .aiMessage(AiMessage.from(answer.toString()))
                .tokenUsage(new TokenUsage(100, 30))
                .build();
    }
}
