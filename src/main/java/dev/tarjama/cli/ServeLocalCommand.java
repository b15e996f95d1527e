package dev.tarjama.cli;

import dev.tarjama.ConfigurationException;
import dev.tarjama.cli.process.Environment;
import dev.tarjama.internal.local.InstalledModel;
import dev.tarjama.internal.local.LocalServer;
import dev.tarjama.internal.local.ModelStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tarjama serve-local}: the embedded engine as an OpenAI-compatible server on 127.0.0.1. */
@Command(
        name = "serve-local",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Serves a GGUF model over the OpenAI chat-completions protocol on 127.0.0.1.",
            "tarjama starts it itself for --backend local; other tools can use it too (OPENAI_BASE_URL=<printed URL>)."
        },
        footer = {
            "",
            "Example:",
            "  tarjama serve-local --model qwen2.5-3b-instruct-q4_k_m --port 8081",
            "  export OPENAI_BASE_URL=http://127.0.0.1:8081/v1",
            "  tarjama translate article.txt --backend openai"
        })
final class ServeLocalCommand implements Callable<Integer> {
    private final Environment env;

    @Option(
            names = {"-m", "--model"},
            required = true,
            paramLabel = "NAME|FILE",
            description = "An installed model (see 'tarjama models list') or a GGUF file.")
    String model;

    @Option(names = "--name", paramLabel = "NAME", description = "The model name to report (default: --model).")
    String name;

    @Option(
            names = "--port",
            paramLabel = "N",
            defaultValue = "8080",
            description = "Port on 127.0.0.1 (0: any free port). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(
            names = "--ctx",
            paramLabel = "TOKENS",
            defaultValue = "16384",
            description =
                    "Context size: room for the glossary and brief requests, which carry the whole article. Default: ${DEFAULT-VALUE}.")
    int contextSize;

    @Option(
            names = "--max-tokens",
            paramLabel = "N",
            defaultValue = "2048",
            description = "Answer budget when a request names none. Default: ${DEFAULT-VALUE}.")
    int maxTokens;

    @Option(
            names = "--max-string",
            paramLabel = "CHARS",
            defaultValue = "6000",
            description = "Longest string in a structured answer. Default: ${DEFAULT-VALUE}.")
    int maxString;

    @Option(names = "--threads", paramLabel = "N", description = "CPU threads. Default: all cores.")
    Integer threads;

    @Option(names = "--exit-with-parent", description = "Exit when standard input closes (used by tarjama itself).")
    boolean exitWithParent;

    ServeLocalCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path file = Path.of(model);
        InstalledModel installed = Files.isRegularFile(file)
                ? null
                : ModelStore.forEnvironment(env.variables())
                        .find(model)
                        .orElseThrow(() -> new ConfigurationException("no model '" + model
                                + "': give a GGUF file or an installed " + "model (see 'tarjama models list')"));
        Path gguf = installed == null ? file.toAbsolutePath() : installed.path();
        String served =
                name != null ? name : installed == null ? file.getFileName().toString() : installed.name();
        LocalServer.Options defaults = LocalServer.Options.DEFAULT;
        LocalServer server = LocalServer.start(
                gguf,
                served,
                port,
                new LocalServer.Options(
                        contextSize, maxTokens, maxString, threads == null ? defaults.threads() : threads));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            stopped.countDown();
                        },
                        "tarjama-serve-local-stop"));
        env.out().println(dev.tarjama.internal.local.LocalEngine.readyLine(served, server.baseUrl()));
        env.out().flush();
        if (exitWithParent) {
            try (InputStream in = env.stdin().get()) {
                while (in.read() >= 0) {
                    // nothing is read from the parent; end of input means it is gone
                }
            }
            return ExitCodes.OK;
        }
        stopped.await();
        return ExitCodes.OK;
    }
}
