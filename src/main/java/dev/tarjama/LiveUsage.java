package dev.tarjama;

import dev.tarjama.model.Usage;

/** What an article in progress has spent so far, read while it runs (a progress display's tokens and requests). */
public interface LiveUsage {
    /** Requests, tokens and cost up to now. */
    Usage snapshot();

    /** Requests sent and not yet answered. */
    int inFlight();
}
