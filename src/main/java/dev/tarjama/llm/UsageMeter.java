package dev.tarjama.llm;

import dev.langchain4j.model.output.TokenUsage;
import dev.tarjama.model.Usage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts what a run spends and saves: every request sent (retries included), retries alone, answers served from
 * the cache, requests in flight, and tokens as the provider reported them.
 */
public final class UsageMeter {
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong cacheHits = new AtomicLong();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong inputTokens = new AtomicLong();
    private final AtomicLong outputTokens = new AtomicLong();
    private final PriceTable.Price price;

    /** @param price the model's price, or {@code null} when unknown (no cost is estimated then) */
    public UsageMeter(PriceTable.Price price) {
        this.price = price;
    }

    void requestSent() {
        requests.incrementAndGet();
        inFlight.incrementAndGet();
    }

    void requestEnded() {
        inFlight.decrementAndGet();
    }

    void retried() {
        retries.incrementAndGet();
    }

    void cacheHit() {
        cacheHits.incrementAndGet();
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

    public int inFlight() {
        return inFlight.get();
    }

    public Usage snapshot() {
        long in = inputTokens.get();
        long out = outputTokens.get();
        return new Usage(requests.get(), retries.get(), cacheHits.get(), in, out, price == null ? null : price.cost(in, out));
    }
}
