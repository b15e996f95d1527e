package dev.tarjama.internal.lexicon;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The dictionaries a process has loaded, each once: a daemon's or a watch's runs share them. Loading takes about half
 * a second, so it starts on a thread of its own while the article is read and the first requests are out; the first
 * answer to check waits for it. A dictionary that cannot be read is reported once and the check stays off for it.
 */
public final class LexiconShelf {
    private final Map<LexiconFiles, CompletableFuture<Optional<BilingualLexicon>>> loaded = new ConcurrentHashMap<>();

    /** The dictionary in {@code files}, loading in the background unless the process already has it. */
    public CompletableFuture<Optional<BilingualLexicon>> load(LexiconFiles files, Consumer<String> warn) {
        return loaded.computeIfAbsent(files, f -> {
            CompletableFuture<Optional<BilingualLexicon>> future = new CompletableFuture<>();
            Thread loader = new Thread(
                    () -> {
                        try {
                            future.complete(Optional.of(f.load()));
                        } catch (IOException | RuntimeException e) {
                            warn.accept("the addition check is off: cannot read the dictionary " + f.index() + ": "
                                    + e.getMessage());
                            future.complete(Optional.empty());
                        }
                    },
                    "tarjama-lexicon");
            loader.setDaemon(true);
            loader.start();
            return future;
        });
    }
}
