package dev.tarjama.cli;

import dev.tarjama.cli.process.Environment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tarjama man [COMMAND]}: the man pages, made from the command line itself, printed or written. */
@Command(
        name = "man",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Prints a command's man page (roff), or writes every page into a folder with -o.",
        footer = {
            "",
            "Examples:",
            "  tarjama man translate | man -l -",
            "  tarjama man -o ~/.local/share/man/man1      # then: man tarjama-translate"
        })
final class ManCommand implements Callable<Integer> {
    private final Environment env;

    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The command, e.g. translate or models pull.")
    List<String> command = new ArrayList<>();

    @Option(
            names = {"-o", "--out"},
            paramLabel = "DIR",
            description = "Write every page into DIR as tarjama*.1 instead of printing one.")
    Path out;

    ManCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        CommandLine root = Main.commandLine(env, new String[0]);
        String version = new VersionProvider().getVersion()[0].replaceFirst("^tarjama ", "");
        String date = env.clock().instant().atZone(ZoneOffset.UTC).toLocalDate().toString();
        if (out != null) {
            Path directory = env.workingDirectory().resolve(out);
            Files.createDirectories(directory);
            for (CommandLine page : pages(root)) {
                String name = ManPage.name(page.getCommandSpec()) + ".1";
                Path file = directory.resolve(name);
                Files.writeString(
                        file, new ManPage(page.getCommandSpec(), version, date).roff(), StandardCharsets.UTF_8);
                env.out().println(file);
            }
            env.out().flush();
            return ExitCodes.OK;
        }
        CommandLine page = root;
        for (String name : command) {
            page = page.getSubcommands().get(name);
            if (page == null) {
                throw new dev.tarjama.ConfigurationException("man: no command '" + String.join(" ", command)
                        + "'; known: " + String.join(", ", root.getSubcommands().keySet()));
            }
        }
        env.out().print(new ManPage(page.getCommandSpec(), version, date).roff());
        env.out().flush();
        return ExitCodes.OK;
    }

    /** Every command with a page: tarjama, its commands, their commands; not picocli's help. */
    private static List<CommandLine> pages(CommandLine root) {
        List<CommandLine> pages = new ArrayList<>();
        pages.add(root);
        for (CommandLine sub : root.getSubcommands().values()) {
            if (!sub.getCommandName().equals("help")) {
                pages.addAll(pages(sub));
            }
        }
        return pages;
    }
}
