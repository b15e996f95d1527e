package dev.tarjama;

/** A setting is wrong: a flag's value, a profile, a configuration file, a prompt template, a glossary file. */
public final class ConfigurationException extends TarjamaException {
    public ConfigurationException(String message) {
        super(message, null);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public Kind kind() {
        return Kind.CONFIGURATION;
    }
}
