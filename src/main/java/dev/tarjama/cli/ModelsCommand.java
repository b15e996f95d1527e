package dev.tarjama.cli;

import dev.tarjama.cli.process.Environment;
import dev.tarjama.internal.local.InstalledModel;
import dev.tarjama.internal.local.ModelCatalog;
import dev.tarjama.internal.local.ModelDownloader;
import dev.tarjama.internal.local.ModelStore;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import okhttp3.OkHttpClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tarjama models}: the GGUF models the embedded engine ({@code --backend local}) can run. */
@Command(
        name = "models",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Lists, downloads and removes models for the embedded engine (--backend local).",
        footer = {
            "",
            "Examples:",
            "  tarjama models list --available",
            "  tarjama models pull qwen2.5-3b-instruct-q4_k_m",
            "  tarjama models pull https://example.org/model.gguf --sha256 <64 hex digits>",
            "  tarjama translate article.txt --backend local -m qwen2.5-3b-instruct-q4_k_m",
            "",
            "Exit codes: 0 ok; 2 usage error (unknown model, bad checksum format); 3 download failed or did not verify."
        },
        subcommands = {
            ModelsCommand.ListModels.class,
            ModelsCommand.Pull.class,
            ModelsCommand.Remove.class,
            ModelsCommand.PathOf.class
        })
final class ModelsCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Bare {@code tarjama models} lists what is installed, as {@code models list} does. */
    @Override
    public Integer call() {
        return spec.commandLine().getSubcommands().get("list").execute();
    }

    static String size(long bytes) {
        return bytes < 0
                ? "?"
                : bytes >= 1 << 30
                        ? String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1 << 30))
                        : String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1 << 20));
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "Installed models (tarjama's and Ollama's); --available adds the catalogue.",
            footer = {"", "Example:", "  tarjama models list --available"})
    static final class ListModels implements Callable<Integer> {
        private final Environment env;

        @Option(names = "--available", description = "Also list the models 'pull' knows by name.")
        boolean available;

        ListModels(Environment env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            ModelStore store = ModelStore.forEnvironment(env.variables());
            List<InstalledModel> models = store.list();
            if (models.isEmpty()) {
                env.out()
                        .println("no models installed (in " + store.directory()
                                + "); install one with 'tarjama models pull NAME'");
            }
            for (InstalledModel m : models) {
                env.out().printf(Locale.ROOT, "%-40s %10s  %-8s %s%n", m.name(), size(m.bytes()), m.origin(), m.path());
            }
            if (available) {
                env.out().println();
                env.out().println("available to pull:");
                for (ModelCatalog.Entry e : ModelCatalog.ENTRIES) {
                    env.out().printf(Locale.ROOT, "  %-38s %s%n", e.name(), e.description());
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(
            name = "pull",
            mixinStandardHelpOptions = true,
            description = "Downloads a model by catalogue name or GGUF URL, resuming an interrupted download.",
            footer = {
                "",
                "Examples:",
                "  tarjama models pull qwen2.5-3b-instruct-q4_k_m",
                "  tarjama models pull https://example.org/model.gguf --sha256 <64 hex digits>"
            })
    static final class Pull implements Callable<Integer> {
        private final Environment env;

        @Parameters(
                paramLabel = "NAME|URL",
                description = "A name from 'models list --available', or an http(s) URL of a GGUF file.")
        String model;

        @Option(
                names = "--sha256",
                paramLabel = "HEX",
                description = "The file's expected SHA-256; a mismatch deletes the download.")
        String sha256;

        Pull(Environment env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            if (sha256 != null && !sha256.strip().matches("(?i)[0-9a-f]{64}")) {
                throw new dev.tarjama.ConfigurationException(
                        "--sha256 " + sha256 + ": a SHA-256 is 64 hexadecimal digits ("
                                + sha256.strip().length() + " given); nothing was downloaded");
            }
            ModelStore store = ModelStore.forEnvironment(env.variables());
            OkHttpClient http = new OkHttpClient.Builder()
                    .connectTimeout(Duration.ofSeconds(15))
                    .readTimeout(Duration.ofSeconds(60))
                    .build();
            ModelDownloader.Pulled pulled = new ModelDownloader(http, store)
                    .pull(model, sha256, new DownloadProgress(env.err(), env.terminal()));
            env.out()
                    .printf(
                            Locale.ROOT,
                            "%s: %s, sha256 %s%s%n",
                            pulled.model().name(),
                            size(pulled.model().bytes()),
                            pulled.sha256(),
                            pulled.verified() ? " (verified)" : " (not pinned: pass --sha256 to verify next time)");
            env.out()
                    .println("use it with: tarjama translate --backend local --model "
                            + pulled.model().name() + " ARTICLE");
            return ExitCodes.OK;
        }
    }

    @Command(
            name = "rm",
            mixinStandardHelpOptions = true,
            description = "Removes a model tarjama pulled (Ollama's models are Ollama's to remove).",
            footer = {"", "Example:", "  tarjama models rm qwen2.5-3b-instruct-q4_k_m"})
    static final class Remove implements Callable<Integer> {
        private final Environment env;

        @Parameters(paramLabel = "NAME")
        String model;

        Remove(Environment env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            InstalledModel removed = ModelStore.forEnvironment(env.variables()).remove(model);
            env.out().println("removed " + removed.name() + " (" + size(removed.bytes()) + ")");
            return ExitCodes.OK;
        }
    }

    @Command(
            name = "path",
            mixinStandardHelpOptions = true,
            description = "Prints the GGUF file of an installed model.",
            footer = {"", "Example:", "  llama-cli -m \"$(tarjama models path qwen2.5-3b-instruct-q4_k_m)\""})
    static final class PathOf implements Callable<Integer> {
        private final Environment env;

        @Parameters(paramLabel = "NAME")
        String model;

        PathOf(Environment env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            InstalledModel found = ModelStore.forEnvironment(env.variables())
                    .find(model)
                    .orElseThrow(() -> new dev.tarjama.ConfigurationException(
                            "no model named '" + model + "'; see 'tarjama models list'"));
            env.out().println(found.path());
            return ExitCodes.OK;
        }
    }
}
