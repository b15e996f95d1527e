package dev.tarjama.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tarjama.ExitCodes;
import dev.tarjama.http.HttpClients;
import dev.tarjama.llm.BackendConfig;
import dev.tarjama.llm.Provider;
import dev.tarjama.local.InstalledModel;
import dev.tarjama.local.ModelStore;
import dev.tarjama.run.BackendProbe;
import dev.tarjama.run.BackendResolver;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code tarjama backends}: for each provider, whether it is configured and from where, whether it answers, and
 * whether it accepts the credentials (one cheap call: listing models). Keys are never printed.
 */
@Command(
        name = "backends",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        versionProvider = VersionProvider.class,
        description =
                "Shows each backend: configured or not, from where, reachable, credentials accepted, default model.",
        footer = {
            "",
            "Examples:",
            "  tarjama backends",
            "  tarjama backends --offline --profile newsroom",
            "  tarjama backends --json | jq '.backends[] | select(.usable)'",
            "",
            "Exit codes: 0 at least one backend is usable; 3 none is (set a key, start Ollama, or pull a model)."
        })
final class BackendsCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Environment env;

    @Mixin
    Verbosity verbosity = new Verbosity();

    @Option(
            names = "--profile",
            paramLabel = "NAME",
            description = "Show the backends as this config profile sees them.")
    String profile;

    @Option(names = "--offline", description = "Do not call any server; show configuration only.")
    boolean offline;

    @Option(names = "--json", description = "Print the table as JSON on standard output.")
    boolean json;

    BackendsCommand(Environment env) {
        this.env = env;
    }

    /** One row of the table. */
    record Row(
            String backend,
            String configured,
            String url,
            String reachable,
            String credentials,
            String model,
            boolean usable) {}

    @Override
    public Integer call() {
        SettingsResolver settings =
                new SettingsResolver(env, profile, warning -> env.err().println("warning: " + warning), detail -> {});
        List<Row> rows = new ArrayList<>();
        try (HttpClients http = new HttpClients(1, Duration.ofSeconds(5))) {
            BackendResolver keys = settings.resolver(http);
            BackendProbe probe = new BackendProbe(http);
            ModelStore store = ModelStore.forEnvironment(env.variables());
            for (Provider provider : Provider.ALL) {
                rows.add(provider == Provider.LOCAL ? local(store) : remote(provider, keys, probe));
            }
        }
        boolean anyUsable = rows.stream().anyMatch(Row::usable);
        if (json) {
            printJson(rows, settings);
        } else {
            printTable(rows, settings);
        }
        if (!anyUsable) {
            env.err()
                    .println("tarjama: no backend is usable: set OPENAI_API_KEY, ANTHROPIC_API_KEY or GEMINI_API_KEY; "
                            + "or start Ollama; or install a model with 'tarjama models pull'");
            env.err().flush();
        }
        return anyUsable ? ExitCodes.OK : ExitCodes.BACKEND;
    }

    private static Row local(ModelStore store) {
        List<InstalledModel> models = store.list();
        return new Row(
                Provider.LOCAL.name(),
                models.isEmpty() ? "no model installed" : models.size() + " model(s) installed",
                store.directory().toString(),
                "-",
                "-",
                models.isEmpty() ? "(none)" : models.get(0).name(),
                !models.isEmpty());
    }

    private Row remote(Provider provider, BackendResolver keys, BackendProbe probe) {
        String keyFrom = keys.keySource(provider);
        String url = keys.baseUrl(provider, null);
        String urlVariable = provider.baseUrlVariable();
        boolean urlSet = urlVariable != null
                && env.variables().get(urlVariable) != null
                && !env.variables().get(urlVariable).isBlank();
        String configured = provider.needsKey()
                ? (keyFrom == null ? "no key" : "key from " + keyFrom)
                : urlSet ? "URL from " + urlVariable : "default URL";
        boolean candidate = !provider.needsKey() || keyFrom != null || provider == Provider.OPENAI && urlSet;
        String reachable = "-";
        String credentials = "-";
        boolean usable = candidate && offline && (provider.needsKey() || urlSet);
        if (!offline && candidate) {
            BackendProbe.Listing listing = probe.modelListing(provider, url, keys.key(provider), Duration.ofSeconds(5));
            reachable = listing.status() < 0 ? "no" : "yes";
            credentials = listing.status() < 0
                    ? "-"
                    : listing.refused()
                            ? "refused (HTTP " + listing.status() + ")"
                            : listing.answered()
                                    ? (provider.needsKey() ? "accepted" : "none needed")
                                    : listing.status() < 300
                                            ? "unclear (not a model listing)"
                                            : "unclear (HTTP " + listing.status() + ")";
            usable = listing.answered();
        }
        return new Row(
                provider.name(),
                configured,
                BackendConfig.withoutUserInfo(url),
                reachable,
                credentials,
                keys.model(provider, null),
                usable);
    }

    private void printTable(List<Row> rows, SettingsResolver settings) {
        String format = "%-10s %-30s %-9s %-30s %-22s %s%n";
        env.out()
                .printf(
                        Locale.ROOT,
                        format,
                        "BACKEND",
                        "CONFIGURED",
                        "REACHABLE",
                        "CREDENTIALS",
                        "DEFAULT MODEL",
                        "URL");
        for (Row row : rows) {
            env.out()
                    .printf(
                            Locale.ROOT,
                            format,
                            row.backend(),
                            row.configured(),
                            row.reachable(),
                            row.credentials(),
                            row.model(),
                            row.url());
        }
        env.out().println();
        env.out()
                .println(
                        "auto tries: a configured backend, then OPENAI_API_KEY, ANTHROPIC_API_KEY, GEMINI_API_KEY/GOOGLE_API_KEY,"
                                + " then Ollama, then an installed local model.");
        settings.config()
                .describe()
                .ifPresent(files -> env.out()
                        .println("config: " + files
                                + (settings.profile().name() == null
                                        ? ""
                                        : ", profile " + settings.profile().name())));
        env.out().flush();
    }

    private void printJson(List<Row> rows, SettingsResolver settings) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode backends = root.putArray("backends");
        for (Row row : rows) {
            backends.addObject()
                    .put("backend", row.backend())
                    .put("configured", row.configured())
                    .put("url", row.url())
                    .put("reachable", row.reachable())
                    .put("credentials", row.credentials())
                    .put("default_model", row.model())
                    .put("usable", row.usable());
        }
        root.put("config", settings.config().describe().orElse(null));
        root.put("profile", settings.profile().name());
        try {
            env.out().println(JSON.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        env.out().flush();
    }
}
