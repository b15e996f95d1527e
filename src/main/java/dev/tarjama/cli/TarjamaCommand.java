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
            "Exit codes: 0 ok; 1 some paragraphs failed; 2 usage error; 3 backend not configured or refusing;",
            "4 input unreadable or not text; 130 interrupted."
        })
final class TarjamaCommand implements java.util.concurrent.Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Without a subcommand there is nothing to do: show how to use tarjama and report a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return dev.tarjama.ExitCodes.USAGE;
    }
}
