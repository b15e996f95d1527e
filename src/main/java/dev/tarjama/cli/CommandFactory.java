package dev.tarjama.cli;

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
        return fallback.create(type);
    }
}
