package dev.tarjama.cli;

import picocli.CommandLine.Command;

/** The top-level command; its work is done by subcommands. */
@Command(
        name = "tarjama",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Translates foreign-language news articles into English briefs and bilingual documents.",
        footer = {
            "",
            "Examples:",
            "  tarjama translate article.txt",
            "  tarjama translate https://example.com/story.html --open",
            "  tarjama backends  # what is configured and answering",
            "  tarjama translate --help                      # every option of a command",
            "",
            "Exit codes: 0 ok; 1 some paragraphs (or the brief) failed, or a check flagged something under --strict; 2 usage error; 3 backend not configured, unreachable or refusing the credentials; 4 input unreadable or not an article; 70 a defect in tarjama; 130 interrupted (Ctrl-C), 143 terminated (SIGTERM)."
        })
final class TarjamaCommand implements java.util.concurrent.Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Without a subcommand there is nothing to do: show how to use tarjama and report a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return dev.tarjama.cli.ExitCodes.USAGE;
    }
}
