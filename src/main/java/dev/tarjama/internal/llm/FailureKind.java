package dev.tarjama.internal.llm;

/** How the retry layer treats a failed attempt. */
public enum FailureKind {
    /** 429: wait as the server says (the whole run waits), lower the concurrency, retry. */
    RATE_LIMITED(true, false),
    /** 5xx, dropped connections, truncated or invalid answers: back off and retry. */
    TRANSIENT(true, false),
    /** The server took longer than the timeout: retry; a backend where every request times out stops the run. */
    TIMEOUT(true, false),
    /** The server cannot be reached at all: retry, and if it never answers, stop the run. */
    UNREACHABLE(true, true),
    /** 401/403: the key is wrong; stop the run at once rather than burn through every paragraph. */
    AUTHENTICATION(false, true),
    /** 404: the model does not exist there; every request would fail the same way. */
    MODEL_NOT_FOUND(false, true),
    /** Any other 4xx, or a refusal by content filter: this request will not succeed, others may. */
    REJECTED(false, false);

    final boolean retriable;
    final boolean stopsRun;

    FailureKind(boolean retriable, boolean stopsRun) {
        this.retriable = retriable;
        this.stopsRun = stopsRun;
    }
}
