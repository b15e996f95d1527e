package dev.tarjama.api;

import dev.tarjama.internal.run.ProcessResources;

/**
 * What the runs of one process share on purpose: idle HTTP connections to the providers, and their request paths
 * already loaded and compiled. A program that makes one run needs none (each {@link Tarjama} has its own); a
 * long-lived one that starts run after run (a server, a daemon) makes one with {@link #sharedByRuns()} and passes it
 * to each run's builder, so its next run starts without new TCP and TLS handshakes.
 */
public final class ProcessContext {
    private final ProcessResources resources;

    private ProcessContext(ProcessResources resources) {
        this.resources = resources;
    }

    /** For one run alone. */
    public static ProcessContext forOneRun() {
        return new ProcessContext(ProcessResources.forOneRun());
    }

    /** For every run of a long-lived process. */
    public static ProcessContext sharedByRuns() {
        return new ProcessContext(ProcessResources.sharedByRuns());
    }

    /**
     * Starts loading, on a background thread, what a translation's first request needs (the provider library's
     * request path, the checks, ICU's data, SQLite's native library), so a process started to translate one article
     * sends it sooner; it never delays anything else.
     */
    public static void preloadTranslation() {
        dev.tarjama.internal.run.Preload.start();
    }

    ProcessResources resources() {
        return resources;
    }
}
