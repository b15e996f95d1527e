package dev.tarjama.model;

import java.util.Locale;

/** Where a watched article stands in the ledger. */
public enum ArticleState {
    /** Read and waiting for a worker to translate it. */
    QUEUED("waiting to be translated"),
    /** A worker is translating it now (it holds a lease on it). */
    IN_PROGRESS("being translated"),
    /** Translated; its outputs are in its folder. */
    DONE("translated"),
    /** Its last attempt failed; it is tried again when its next attempt falls due. */
    RETRY("failed, will retry"),
    /** It failed too often; it stays parked until its content changes. */
    PARKED("failed, parked"),
    /** The same text as an article already translated under another id (one article in two feeds). */
    TWIN("translated (the same text as another item)");

    private final String words;

    ArticleState(String words) {
        this.words = words;
    }

    /** How a reader is told the state. */
    public String words() {
        return words;
    }

    /** The state as {@code status --json} names it: {@code queued}, {@code in_progress}, … */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the article's translation is in a folder (its own, or its twin's). */
    public boolean translated() {
        return this == DONE || this == TWIN;
    }
}
