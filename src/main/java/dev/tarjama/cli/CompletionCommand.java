package dev.tarjama.cli;

import dev.tarjama.cli.process.Environment;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code tarjama completion bash|zsh}: the shell completion script for every command and option. */
@Command(
        name = "completion",
        mixinStandardHelpOptions = true,
        description = "Prints a completion script for bash or zsh: subcommands, options, file names.",
        footer = {
            "",
            "Examples:",
            "  source <(tarjama completion bash)                     # in ~/.bashrc",
            "  tarjama completion zsh > \"${fpath[1]}/_tarjama\""
        })
final class CompletionCommand implements Callable<Integer> {
    private final Environment env;

    @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
    String shell;

    CompletionCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (!shell.equals("bash") && !shell.equals("zsh")) {
            throw new dev.tarjama.ConfigurationException(
                    "completion: '" + shell + "' is not a shell tarjama knows; use bash or zsh");
        }
        CommandLine everything = Main.commandLine(env, new String[0]);
        String script = CompletionScript.bash(AutoComplete.bash("tarjama", everything));
        if (shell.equals("zsh")) {
            // picocli's script is bash; zsh runs it through its bash-completion emulation
            script = "#compdef tarjama\nautoload -U +X bashcompinit && bashcompinit\n" + script;
        }
        env.out().print(script);
        env.out().flush();
        return ExitCodes.OK;
    }
}
