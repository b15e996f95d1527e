package dev.tarjama.internal.llm;

import dev.tarjama.Cancellation;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;

/**
 * Limits held over a sliding window: no window of one minute ever holds more than {@code requestsPerMinute}
 * requests or {@code tokensPerMinute} tokens, however they arrive at the provider. A token bucket would let twice the limit through in the minute after
 * a quiet one; providers count per window, so this counts the way they do. A limit of zero means none.
 */
public final class SlidingWindowBudget implements RateBudget {
    private static final long MIN_MARGIN_NANOS = 500_000_000L;

    private final int requestsPerWindow;
    private final long tokensPerWindow;
    private final long windowNanos;
    private final LongSupplier nanoTime;
    private final Deque<long[]> sent = new ArrayDeque<>();
    private long tokensInWindow;

    /** The options' per-minute limits, or {@link RateBudget#UNLIMITED} when they set none. */
    public static RateBudget of(dev.tarjama.Options.Requests requests) {
        return requests.requestsPerMinute() > 0 || requests.tokensPerMinute() > 0
                ? new SlidingWindowBudget(requests.requestsPerMinute(), requests.tokensPerMinute())
                : RateBudget.UNLIMITED;
    }

    public SlidingWindowBudget(int requestsPerMinute, long tokensPerMinute) {
        this(requestsPerMinute, tokensPerMinute, Duration.ofMinutes(1), System::nanoTime);
    }

    /** Limits over another window (tests use a short one), on the given clock. */
    public SlidingWindowBudget(int requestsPerWindow, long tokensPerWindow, Duration window, LongSupplier nanoTime) {
        this.requestsPerWindow = requestsPerWindow;
        this.tokensPerWindow = tokensPerWindow;
        this.windowNanos = counted(window).toNanos();
        this.nanoTime = nanoTime;
    }

    /**
     * The window to count sends over for a provider's {@code window}. A provider counts requests when they arrive, a
     * little after they leave here (longer for the first ones, on a cold start, or on a busy machine): a twentieth of
     * the window, and half a second at least, keeps a request in transit from putting one too many into the
     * provider's window. Every budget, in one process or shared through a database, counts over this.
     */
    public static Duration counted(Duration window) {
        return window.plusNanos(Math.max(window.toNanos() / 20, MIN_MARGIN_NANOS));
    }

    @Override
    public boolean limitsTokens() {
        return tokensPerWindow > 0;
    }

    @Override
    public boolean acquire(long tokens, Cancellation cancellation) {
        while (true) {
            long waitNanos;
            synchronized (this) {
                long now = nanoTime.getAsLong();
                forgetBefore(now - windowNanos);
                waitNanos = nanosUntilRoom(tokens, now);
                if (waitNanos <= 0) {
                    sent.addLast(new long[] {now, tokens});
                    tokensInWindow += tokens;
                    return !cancellation.isCancelled();
                }
            }
            if (cancellation.sleep(Math.max(1, Math.min(250, (waitNanos + 999_999) / 1_000_000)))) {
                return false;
            }
        }
    }

    private void forgetBefore(long cutoff) {
        while (!sent.isEmpty() && sent.peekFirst()[0] - cutoff <= 0) {
            tokensInWindow -= sent.removeFirst()[1];
        }
    }

    /** 0 when the request fits now; else how long until enough of the window's sends have left it. */
    private long nanosUntilRoom(long tokens, long now) {
        long wait = 0;
        if (requestsPerWindow > 0 && sent.size() >= requestsPerWindow) {
            long[] leaving = sent.stream()
                    .skip(sent.size() - requestsPerWindow)
                    .findFirst()
                    .orElseThrow();
            wait = Math.max(wait, leaving[0] + windowNanos - now);
        }
        if (tokensPerWindow > 0 && !sent.isEmpty() && tokensInWindow + tokens > tokensPerWindow) {
            long excess = tokensInWindow + tokens - tokensPerWindow;
            for (long[] send : sent) {
                excess -= send[1];
                if (excess <= 0) {
                    wait = Math.max(wait, send[0] + windowNanos - now);
                    break;
                }
            }
        }
        return wait;
    }
}
