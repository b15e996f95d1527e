package dev.tarjama.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tarjama.Lexicon;
import dev.tarjama.api.Tarjama;
import dev.tarjama.cli.process.Environment;
import dev.tarjama.internal.config.BackendProbe;
import dev.tarjama.internal.config.BackendSurvey;
import dev.tarjama.internal.http.HttpClients;
import dev.tarjama.internal.local.ModelStore;
import java.io.UncheckedIOException;
import java.time.Duration;
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

    @Override
    public Integer call() {
        SettingsResolver settings =
                new SettingsResolver(env, profile, warning -> env.err().println("warning: " + warning), detail -> {});
        List<BackendSurvey.Row> rows;
        try (HttpClients http = new HttpClients(1, Duration.ofSeconds(5))) {
            rows = new BackendSurvey(env.variables(), settings.resolver(http), new BackendProbe(http))
                    .rows(ModelStore.forEnvironment(env.variables()), offline);
        }
        boolean anyUsable = rows.stream().anyMatch(BackendSurvey.Row::usable);
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

    private void printTable(List<BackendSurvey.Row> rows, SettingsResolver settings) {
        // two lines a backend, so the table fits an 80-column terminal: what it is, then what it would use
        String first = "%-10s %-24s %-10s %s%n";
        String second = "%-10s %s  %s%n";
        env.out().printf(Locale.ROOT, first, "BACKEND", "CONFIGURED", "REACHABLE", "CREDENTIALS");
        env.out().printf(Locale.ROOT, second, "", "DEFAULT MODEL", "URL");
        for (BackendSurvey.Row row : rows) {
            env.out().printf(Locale.ROOT, first, row.backend(), row.configured(), row.reachable(), row.credentials());
            env.out().printf(Locale.ROOT, second, "", row.model(), row.url());
        }
        env.out().println();
        env.out()
                .println("auto tries: a configured backend, then OPENAI_API_KEY, ANTHROPIC_API_KEY,\n"
                        + "GEMINI_API_KEY/GOOGLE_API_KEY, then Ollama, then an installed local model.");
        Lexicon lexicon = settings.lexicon();
        if (!lexicon.off()) {
            env.out()
                    .println(Tarjama.dictionaryOf(lexicon)
                            .map(index -> "addition check: on, dictionary " + index)
                            .orElse("addition check: off, no Arabic–English dictionary\n  (" + Lexicon.installHint()
                                    + ")"));
        }
        settings.config()
                .describe()
                .ifPresent(files -> env.out()
                        .println("config: " + files
                                + (settings.profile().name() == null
                                        ? ""
                                        : ", profile " + settings.profile().name())));
        env.out().flush();
    }

    private void printJson(List<BackendSurvey.Row> rows, SettingsResolver settings) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode backends = root.putArray("backends");
        for (BackendSurvey.Row row : rows) {
            backends.addObject()
                    .put("backend", row.backend())
                    .put("configured", row.configured())
                    .put("url", row.url())
                    .put("reachable", row.reachable())
                    .put("credentials", row.credentials())
                    .put("default_model", row.model())
                    .put("usable", row.usable());
        }
        Lexicon lexicon = settings.lexicon();
        java.util.Optional<java.nio.file.Path> dictionary =
                lexicon.off() ? java.util.Optional.empty() : Tarjama.dictionaryOf(lexicon);
        root.putObject("addition_check")
                .put("on", dictionary.isPresent())
                .put("dictionary", dictionary.map(Object::toString).orElse(null))
                .put("install", dictionary.isPresent() || lexicon.off() ? null : Lexicon.installHint());
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
