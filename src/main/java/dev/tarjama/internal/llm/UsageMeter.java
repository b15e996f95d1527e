package dev.tarjama.internal.llm;

import dev.tarjama.Price;
import dev.tarjama.model.Usage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts what is spent and saved: every request sent (retries included), retries alone, answers served from the
 * cache, requests in flight, and tokens as the provider reported them. An article's meter adds everything to its
 * run's meter too, so the progress display sees the whole run and each article.json its own share.
 */
public final class UsageMeter implements dev.tarjama.LiveUsage {
    private final UsageMeter parent;
    private final Price price;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong cacheHits = new AtomicLong();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong inputTokens = new AtomicLong();
    private final AtomicLong cachedInputTokens = new AtomicLong();
    private final AtomicLong outputTokens = new AtomicLong();
    private final AtomicLong paragraphInputTokens = new AtomicLong();

    /** @param price the model's price, or {@code null} when unknown (no cost is estimated then) */
    public UsageMeter(Price price) {
        this(null, price);
    }

    private UsageMeter(UsageMeter parent, Price price) {
        this.parent = parent;
        this.price = price;
    }

    /** A meter whose counts also go to this one. */
    public UsageMeter child() {
        return new UsageMeter(this, price);
    }

    void requestSent() {
        requests.incrementAndGet();
        inFlight.incrementAndGet();
        if (parent != null) {
            parent.requestSent();
        }
    }

    void requestEnded() {
        inFlight.decrementAndGet();
        if (parent != null) {
            parent.requestEnded();
        }
    }

    void retried() {
        retries.incrementAndGet();
        if (parent != null) {
            parent.retried();
        }
    }

    void cacheHit() {
        cacheHits.incrementAndGet();
        if (parent != null) {
            parent.cacheHit();
        }
    }

    /** @param paragraphs the request was for paragraphs (not the glossary, the brief or a review) */
    void answered(Tokens tokens, boolean paragraphs) {
        inputTokens.addAndGet(tokens.input());
        cachedInputTokens.addAndGet(tokens.cachedInput());
        outputTokens.addAndGet(tokens.output());
        if (paragraphs) {
            paragraphInputTokens.addAndGet(tokens.input());
        }
        if (parent != null) {
            parent.answered(tokens, paragraphs);
        }
    }

    public int inFlight() {
        return inFlight.get();
    }

    public Usage snapshot() {
        long in = inputTokens.get();
        long cached = cachedInputTokens.get();
        long out = outputTokens.get();
        return new Usage(
                requests.get(),
                retries.get(),
                cacheHits.get(),
                in,
                out,
                cached,
                paragraphInputTokens.get(),
                price == null ? null : price.cost(in, cached, out));
    }
}
