package dev.tarjama.internal.pipeline;

import dev.tarjama.Cancellation;
import dev.tarjama.TarjamaException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Runs the units of an article on the run's request threads and hands back their results in source order,
 * whatever order they finish in. After an interrupt it waits for work in flight until the grace period is over —
 * one deadline for all, not one per unit — and then reports every unfinished unit as such.
 */
final class Dispatcher {
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final Executor threads;
    private final Cancellation cancellation;

    Dispatcher(Executor threads, Cancellation cancellation) {
        this.threads = threads;
        this.cancellation = cancellation;
    }

    /**
     * @param work       what to do with each item, on a request thread
     * @param unfinished the result of an item the interrupt left unfinished
     * @param finished   told of each item's result as it finishes (from the thread that finished it)
     * @throws TarjamaException the first one any item threw: the backend stopped the run
     */
    <U, R> List<R> runAll(List<U> items, Function<U, R> work, Function<U, R> unfinished, BiConsumer<U, R> finished) {
        List<CompletableFuture<R>> futures = new ArrayList<>(items.size());
        for (U item : items) {
            futures.add(CompletableFuture.supplyAsync(
                    () -> {
                        R result = work.apply(item);
                        finished.accept(item, result);
                        return result;
                    },
                    threads));
        }
        List<R> results = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            R result = await(futures.get(i));
            results.add(result != null ? result : unfinished.apply(items.get(i)));
        }
        return results;
    }

    /** The result, or {@code null} when the grace period after an interrupt ran out first. */
    private <R> R await(CompletableFuture<R> future) {
        while (true) {
            long wait = Math.min(POLL_NANOS, cancellation.nanosLeftInGrace());
            if (wait <= 0) {
                return future.getNow(null);
            }
            try {
                return future.get(wait, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                // poll again: the run may have been interrupted meanwhile
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            } catch (ExecutionException e) {
                if (e.getCause() instanceof TarjamaException stop) {
                    throw stop;
                }
                throw new IllegalStateException("a unit of work failed unexpectedly", e.getCause());
            }
        }
    }
}
