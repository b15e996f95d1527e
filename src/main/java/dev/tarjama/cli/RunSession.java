package dev.tarjama.cli;

import dev.tarjama.TarjamaException;
import dev.tarjama.api.Tarjama;
import dev.tarjama.api.TarjamaBuilder;
import dev.tarjama.http.HttpClients;
import dev.tarjama.llm.BackendConfig;
import dev.tarjama.llm.PriceTable;
import dev.tarjama.render.Formats;
import dev.tarjama.render.OutputRoot;
import dev.tarjama.run.RunSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What translate and watch share: the settings resolved from flags, profile and config, the output root checked
 * before anything is sent, the backend probed, and a {@link Tarjama} for the run with the articles' runner over it.
 */
final class RunSession {
    /** A run ready to translate. */
    record Session(Tarjama tarjama, ArticleRuns runs, Path root, PriceTable prices) {}

    /** What a command does with the session; its result is the exit code. */
    @FunctionalInterface
    interface Body {
        int run(Session session);
    }

    private RunSession() {}

    /**
     * Resolves and checks everything, then runs {@code body}; the {@link Tarjama} is closed after.
     *
     * @throws TarjamaException with exit code 2 for a bad format, paper or output root, 3 for the backend
     */
    static int run(
            Environment env,
            Console console,
            RunOptions run,
            InputOptions in,
            OutputOptions out,
            boolean dryRun,
            Body body) {
        return run(env, console, run, in, out, dryRun, null, body);
    }

    /**
     * As {@link #run(Environment, Console, RunOptions, InputOptions, OutputOptions, boolean, Body)}, with the answer
     * cache and the rate limits of a database shared with other workers when {@code shared} is not {@code null}.
     */
    static int run(
            Environment env,
            Console console,
            RunOptions run,
            InputOptions in,
            OutputOptions out,
            boolean dryRun,
            SharedDatabase shared,
            Body body) {
        List<String> formats = out.formats == null ? Formats.DEFAULT : out.formats;
        Formats.select(formats, out.paper()); // an unknown format or paper fails here, before anything is sent
        SettingsResolver resolver = new SettingsResolver(env, run.backend.profile, console::warn, console::detail);
        RunSettings settings = resolver.settings(run).toBuilder()
                .fetch(in.fetchPolicy())
                .feedItems(in.feedItems())
                .build();
        Path root = outputRoot(
                env,
                out.out != null
                        ? out.out.toString()
                        : resolver.profile().values().output());
        BackendConfig backend;
        try (HttpClients probe = new HttpClients(1, Duration.ofSeconds(5))) {
            backend = resolver.backend(run, probe, !dryRun);
        }
        if (!dryRun) {
            OutputRoot.checkWritable(root);
        }
        console.detail("backend " + backend.provider() + " at " + backend.displayUrl() + ", model " + backend.model()
                + (resolver.profile().name() == null
                        ? ""
                        : ", profile " + resolver.profile().name()));
        TarjamaBuilder builder = Tarjama.builder()
                .settings(settings)
                .backend(backend, resolver.connector(backend))
                .prices(resolver.config().prices())
                .glossaries(resolver.glossaries(run))
                .reporter(console)
                .clock(env.clock())
                .cancellation(env.cancellation());
        if (shared != null) {
            builder.sharedCache(shared.cache()).rateBudget(shared.budget(settings));
        }
        try (Tarjama tarjama = builder.build()) {
            ArticleRuns runs = new ArticleRuns(tarjama, env, console, root, formats, out.paper(), out.strict);
            return body.run(new Session(tarjama, runs, root, resolver.config().prices()));
        }
    }

    /** The flag, else the profile's {@code output:}, else {@code output}. */
    static Path outputRoot(Environment env, String chosen) {
        if ("-".equals(chosen)) {
            throw TarjamaException.usage("-o -: the outputs are several files, so -o names a directory; "
                    + "use --json for a summary on standard output");
        }
        return env.workingDirectory().resolve(chosen == null ? "output" : chosen);
    }
}
