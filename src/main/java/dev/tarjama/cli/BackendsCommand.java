package dev.tarjama.cli;

import dev.tarjama.ExitCodes;
import dev.tarjama.config.Config;
import dev.tarjama.llm.Provider;
import dev.tarjama.local.InstalledModel;
import dev.tarjama.local.ModelStore;
import dev.tarjama.run.BackendProbe;
import dev.tarjama.run.BackendResolver;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import okhttp3.OkHttpClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tarjama backends}: for each provider, whether it is configured and from where, whether it answers, and
 * whether it accepts the credentials (one cheap call: listing models). Keys are never printed.
 */
@Command(name = "backends", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Shows each backend: configured or not, from where, reachable, credentials accepted, default model.")
final class BackendsCommand implements Callable<Integer> {
    private final Environment env;

    @Option(names = "--profile", paramLabel = "NAME", description = "Show the backends as this config profile sees them.")
    String profile;

    @Option(names = "--offline", description = "Do not call any server; show configuration only.")
    boolean offline;

    BackendsCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Map<String, String> variables = env.variables();
        Config config = Config.load(variables, env.workingDirectory());
        Config.Resolved chosen = config.profile(profile);
        OkHttpClient http = new OkHttpClient();
        ModelStore store = ModelStore.forEnvironment(variables);
        BackendProbe probe = new BackendProbe(http);
        BackendResolver keys = new BackendResolver(variables, config, chosen, probe, store,
                warning -> env.err().println("warning: " + warning));
        env.out().printf(Locale.ROOT, "%-10s %-32s %-26s %-28s %s%n", "BACKEND", "CONFIGURED", "REACHABLE", "CREDENTIALS",
                "DEFAULT MODEL");
        for (Provider provider : Provider.ALL) {
            String configured;
            String reachable = "-";
            String credentials = "-";
            String model = provider.defaultModel();
            if (provider == Provider.LOCAL) {
                List<InstalledModel> models = store.list();
                configured = models.isEmpty() ? "no model installed" : models.size() + " model(s) installed";
                model = models.isEmpty() ? "(none)" : models.get(0).name();
            } else {
                String keyFrom = keys.keySource(provider);
                String urlVariable = provider.baseUrlVariable();
                String url = urlVariable != null && variables.get(urlVariable) != null ? variables.get(urlVariable)
                        : chosen.values().baseUrl() != null && provider.name().equalsIgnoreCase(chosen.values().backend())
                        ? chosen.values().baseUrl() : provider.defaultBaseUrl();
                configured = provider.needsKey() ? (keyFrom == null ? "no key" : "key from " + keyFrom)
                        : (urlVariable != null && variables.get(urlVariable) != null ? "URL from " + urlVariable : "default URL");
                if (provider.name().equalsIgnoreCase(chosen.values().backend()) && chosen.values().model() != null) {
                    model = chosen.values().model();
                }
                if (!offline && (!provider.needsKey() || keyFrom != null)) {
                    int status = probe.modelListing(provider, url, keys.key(provider), Duration.ofSeconds(5));
                    reachable = status < 0 ? "no (" + url + ")" : "yes";
                    credentials = status < 0 ? "-" : status == 401 || status == 403 ? "refused (HTTP " + status + ")"
                            : status < 300 ? (provider.needsKey() ? "accepted" : "none needed") : "unclear (HTTP " + status + ")";
                }
            }
            env.out().printf(Locale.ROOT, "%-10s %-32s %-26s %-28s %s%n", provider.name(), configured, reachable, credentials,
                    model == null ? "-" : model);
        }
        env.out().println();
        env.out().println("auto tries: a configured backend, then OPENAI_API_KEY, ANTHROPIC_API_KEY, GEMINI_API_KEY/GOOGLE_API_KEY,"
                + " then Ollama, then an installed local model.");
        config.describe().ifPresent(files -> env.out().println("config: " + files
                + (chosen.name() == null ? "" : ", profile " + chosen.name())));
        http.dispatcher().executorService().shutdown();
        return ExitCodes.OK;
    }
}
