package dev.tarjama.llm;

import dev.langchain4j.model.output.TokenUsage;
import dev.tarjama.model.Usage;
import java.util.concurrent.atomic.AtomicLong;

/** Counts what a run spends: every request sent (retries included), retries alone, and tokens as reported. */
public final class UsageMeter {
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong inputTokens = new AtomicLong();
    private final AtomicLong outputTokens = new AtomicLong();

    void requestSent() {
        requests.incrementAndGet();
    }

    void retried() {
        retries.incrementAndGet();
    }

    void answered(TokenUsage usage) {
        if (usage == null) {
            return;
        }
        if (usage.inputTokenCount() != null) {
            inputTokens.addAndGet(usage.inputTokenCount());
        }
        if (usage.outputTokenCount() != null) {
            outputTokens.addAndGet(usage.outputTokenCount());
        }
    }

    public long retries() {
        return retries.get();
    }

    public Usage snapshot() {
        return new Usage(requests.get(), inputTokens.get(), outputTokens.get());
    }
}
