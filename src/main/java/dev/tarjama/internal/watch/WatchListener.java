package dev.tarjama.internal.watch;

import dev.tarjama.model.CycleReport;

/** Told what a watch does, from its own thread or its workers'; every method may be left as it is. */
public interface WatchListener {
    WatchListener NONE = new WatchListener() {};

    /** A cycle ended (or a drain between polls translated something). */
    default void cycleEnded(CycleReport report) {}

    /** The backend failed after it had answered before: the watch goes on and asks again at the next cycle. */
    default void backendOutage(String reason) {}

    /** Something went wrong that the watch outlives: a page of the index not written, a claim lost. */
    default void warning(String message) {}

    /** Detail for those who asked for it. */
    default void detail(String message) {}
}
