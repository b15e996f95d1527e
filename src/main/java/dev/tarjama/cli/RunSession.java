package dev.tarjama.cli;

import dev.tarjama.Backend;
import dev.tarjama.ConfigurationException;
import dev.tarjama.Options;
import dev.tarjama.api.SharedDatabase;
import dev.tarjama.api.Tarjama;
import dev.tarjama.api.TarjamaBuilder;
import dev.tarjama.cli.process.Environment;
import java.nio.file.Path;

/**
 * What translate and watch share: the options filled from flags, profile and config, the output root checked
 * before anything is sent, the backend resolved, and a {@link Tarjama} for the run.
 */
final class RunSession {
    /** A run ready to translate into {@code root}. */
    record Session(Tarjama tarjama, Path root) {}

    private RunSession() {}

    /**
     * Resolves and checks everything and builds the run's {@link Tarjama}; the caller closes it.
     *
     * @param shared the database whose answer cache and rate limits other workers share, or {@code null}
     * @throws ConfigurationException for a bad option, format, paper or output root
     * @throws dev.tarjama.BackendException when no backend can be had
     */
    static Session open(
            Environment env,
            Console console,
            RunOptions run,
            InputOptions in,
            OutputOptions out,
            boolean dryRun,
            SharedDatabase shared) {
        SettingsResolver resolver = new SettingsResolver(env, run.backend.profile, console::warn, console::detail);
        Options options = resolver.options(run, in, out);
        Path root = outputRoot(
                env,
                out.out != null
                        ? out.out.toString()
                        : resolver.profile().values().output());
        Backend backend = resolver.backend(run, !dryRun);
        console.detail("backend " + backend.provider() + " at " + backend.displayUrl() + ", model " + backend.model()
                + (resolver.profile().name() == null
                        ? ""
                        : ", profile " + resolver.profile().name()));
        TarjamaBuilder builder = Tarjama.builder()
                .options(options)
                .backend(backend)
                .prices(resolver.config().prices())
                .glossaries(resolver.glossaries(run))
                .reporter(console)
                .clock(env.clock())
                .cancellation(env.cancellation())
                .process(env.process());
        if (shared != null) {
            builder.sharing(shared);
        }
        Tarjama tarjama = builder.build();
        if (!dryRun) {
            try {
                Tarjama.checkOutputRoot(root);
            } catch (RuntimeException e) {
                tarjama.close();
                throw e;
            }
        }
        return new Session(tarjama, root);
    }

    /** The flag, else the profile's {@code output:}, else {@code output}. */
    static Path outputRoot(Environment env, String chosen) {
        if ("-".equals(chosen)) {
            throw new ConfigurationException("-o -: the outputs are several files, so -o names a directory; "
                    + "use --json for a summary on standard output");
        }
        return env.workingDirectory().resolve(chosen == null ? "output" : chosen);
    }
}
