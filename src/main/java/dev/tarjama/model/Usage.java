package dev.tarjama.model;

/** What a run cost in requests and tokens. */
public record Usage(long requests, long inputTokens, long outputTokens) {
    public static final Usage NONE = new Usage(0, 0, 0);
}
