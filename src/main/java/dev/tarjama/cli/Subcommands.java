package dev.tarjama.cli;

import dev.tarjama.cli.process.Environment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * Every subcommand, in the order help lists them. Building picocli's model of a command costs time at every start,
 * so a run of one subcommand builds that one alone; help, completion and anything unrecognised get them all.
 */
final class Subcommands {
    private static final Map<String, Function<Environment, Object>> ALL = new LinkedHashMap<>();

    static {
        ALL.put("translate", TranslateCommand::new);
        ALL.put("extract", ExtractCommand::new);
        ALL.put("import", ImportCommand::new);
        ALL.put("watch", WatchCommand::new);
        ALL.put("status", StatusCommand::new);
        ALL.put("backends", BackendsCommand::new);
        ALL.put("models", env -> new ModelsCommand());
        ALL.put("serve", ServeCommand::new);
        ALL.put("serve-local", ServeLocalCommand::new);
        ALL.put("daemon", DaemonCommand::new);
        ALL.put("completion", CompletionCommand::new);
        ALL.put("man", ManCommand::new);
    }

    private Subcommands() {}

    /** Adds to {@code root} the subcommand {@code args} names, or every one when they name none. */
    static void register(CommandLine root, Environment env, CommandLine.IFactory factory, String... args) {
        String first = args.length == 0 ? "" : args[0];
        for (Map.Entry<String, Function<Environment, Object>> command : ALL.entrySet()) {
            if (!ALL.containsKey(first) || command.getKey().equals(first)) {
                root.addSubcommand(
                        command.getKey(), new CommandLine(command.getValue().apply(env), factory));
            }
        }
        root.addSubcommand("help", new CommandLine(new CommandLine.HelpCommand(), factory));
    }

    static List<String> names() {
        return List.copyOf(ALL.keySet());
    }
}
