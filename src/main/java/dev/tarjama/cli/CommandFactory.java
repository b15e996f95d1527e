package dev.tarjama.cli;

import dev.tarjama.cli.process.Environment;
import picocli.CommandLine;

/** Gives commands their environment through the constructor, so they never reach for globals. */
final class CommandFactory implements CommandLine.IFactory {
    private final Environment env;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    CommandFactory(Environment env) {
        this.env = env;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type == TranslateCommand.class) {
            return type.cast(new TranslateCommand(env));
        }
        if (type == BackendsCommand.class) {
            return type.cast(new BackendsCommand(env));
        }
        if (type == ServeLocalCommand.class) {
            return type.cast(new ServeLocalCommand(env));
        }
        if (type == ModelsCommand.ListModels.class) {
            return type.cast(new ModelsCommand.ListModels(env));
        }
        if (type == ModelsCommand.Pull.class) {
            return type.cast(new ModelsCommand.Pull(env));
        }
        if (type == ModelsCommand.Remove.class) {
            return type.cast(new ModelsCommand.Remove(env));
        }
        if (type == ModelsCommand.PathOf.class) {
            return type.cast(new ModelsCommand.PathOf(env));
        }
        return fallback.create(type);
    }
}
