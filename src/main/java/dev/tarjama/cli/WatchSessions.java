package dev.tarjama.cli;

import dev.tarjama.article.LoadedArticle;
import dev.tarjama.source.ArticleSource;
import dev.tarjama.source.Validators;
import dev.tarjama.watch.SourceRead;
import dev.tarjama.watch.Spent;
import dev.tarjama.watch.WatchConfig;
import dev.tarjama.watch.WatchCycle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The run sessions of a watch whose sources do not all translate alike: one per distinct set of a source's own
 * settings (backend, profile, model, glossary, output root, item limit, target language), each with its own backend
 * and output root. Reading and translating go to the session of the article's source; every folder is recorded
 * relative to the watch's own root, where its ledger and index are.
 */
final class WatchSessions implements WatchCycle.Reader, WatchCycle.Translator, WatchLoop.Backends {
    private final Map<WatchConfig.Overrides, RunSession.Session> sessions;
    private final Map<String, WatchConfig.Overrides> bySource;
    private final Map<WatchConfig.Overrides, WatchedSources> readers = new LinkedHashMap<>();
    private final Path root;

    private WatchSessions(
            Map<WatchConfig.Overrides, RunSession.Session> sessions,
            Map<String, WatchConfig.Overrides> bySource,
            Path root,
            Environment env) {
        this.sessions = sessions;
        this.bySource = bySource;
        this.root = root;
        sessions.forEach((o, s) -> readers.put(o, new WatchedSources(s.tarjama(), env)));
    }

    /** What the watch does once every session is open: its exit code. */
    @FunctionalInterface
    interface Body {
        int run(WatchSessions sessions);
    }

    /**
     * Opens a session for each distinct set of settings among {@code sources}, runs {@code body}, and closes them.
     *
     * @param root the watch's own output root: its ledger, lock and index
     */
    static int open(
            Environment env,
            Console console,
            RunOptions run,
            InputOptions in,
            OutputOptions out,
            SharedDatabase shared,
            List<WatchConfig.Source> sources,
            Body body) {
        Map<String, WatchConfig.Overrides> bySource = new LinkedHashMap<>();
        sources.forEach(s -> bySource.put(s.name(), s.overrides()));
        List<WatchConfig.Overrides> groups = new ArrayList<>(new java.util.LinkedHashSet<>(bySource.values()));
        groups.remove(WatchConfig.Overrides.NONE);
        groups.add(0, WatchConfig.Overrides.NONE); // the watch's own settings and root, where its ledger and index are
        return nest(
                env,
                console,
                run,
                in,
                out,
                shared,
                groups,
                0,
                new LinkedHashMap<>(),
                opened -> body.run(new WatchSessions(
                        opened, bySource, opened.get(WatchConfig.Overrides.NONE).root(), env)));
    }

    private static int nest(
            Environment env,
            Console console,
            RunOptions run,
            InputOptions in,
            OutputOptions out,
            SharedDatabase shared,
            List<WatchConfig.Overrides> groups,
            int next,
            Map<WatchConfig.Overrides, RunSession.Session> opened,
            java.util.function.ToIntFunction<Map<WatchConfig.Overrides, RunSession.Session>> body) {
        if (next == groups.size()) {
            return body.applyAsInt(opened);
        }
        WatchConfig.Overrides o = groups.get(next);
        return RunSession.run(
                env,
                console,
                run.with(o),
                in.withLimit(o.limit()),
                out.withRoot(o.output()),
                false,
                shared,
                session -> {
                    opened.put(o, session);
                    return nest(env, console, run, in, out, shared, groups, next + 1, opened, body);
                });
    }

    /** The watch's own output root. */
    Path root() {
        return root;
    }

    @Override
    public SourceRead read(ArticleSource source, Validators known) {
        return readers.get(group(source.name())).read(source, known);
    }

    @Override
    public WatchCycle.Written translate(String source, LoadedArticle article) {
        RunSession.Session session = sessions.get(group(source));
        WatchCycle.Written written = session.runs().translateWatched(article);
        if (written.folder() == null) {
            return written;
        }
        String folder = root.relativize(session.root().resolve(written.folder()).normalize())
                .toString();
        return new WatchCycle.Written(
                folder, written.complete(), written.interrupted(), written.problem(), written.card());
    }

    /** What every session has spent. */
    Spent spent() {
        Spent total = Spent.NONE;
        for (RunSession.Session session : sessions.values()) {
            total = total.plus(Spent.of(session.tarjama().usage()));
        }
        return total;
    }

    @Override
    public boolean everAnswered() {
        return sessions.values().stream().anyMatch(s -> s.tarjama().backendAnswered());
    }

    @Override
    public void resume() {
        sessions.values().forEach(s -> s.tarjama().resumeBackend());
    }

    /** A source this worker's configuration does not name (queued by another worker) is translated as the rest. */
    private WatchConfig.Overrides group(String source) {
        return bySource.getOrDefault(source, WatchConfig.Overrides.NONE);
    }
}
