package dev.tarjama;

import java.nio.file.Path;

/**
 * Where the Arabic–English dictionary of the addition check is read from: FreeDict's ara–eng database, which users
 * install (Debian: {@value #DEBIAN_PACKAGE}); the project does not bundle it (its licence is GPL-2+). Without one the
 * addition check is off and everything else runs.
 *
 * @param location a directory holding a dictd database, or its {@code .index} or {@code .dict.dz} file; {@code null}
 *                 when the check is off
 * @param required whether a dictionary missing there is an error (the user named it) rather than the check off
 */
public record Lexicon(Path location, boolean required) {
    /** The Debian package that installs the dictionary. */
    public static final String DEBIAN_PACKAGE = "dict-freedict-ara-eng";
    /** Where Debian installs it. */
    public static final Path DEBIAN_DIRECTORY = Path.of("/usr/share/dictd");

    /** The check off, whatever is installed. */
    public static final Lexicon OFF = new Lexicon(null, false);

    /** Debian's dictionary when it is installed; otherwise the check is off. */
    public static Lexicon installed() {
        return new Lexicon(DEBIAN_DIRECTORY, false);
    }

    /** The dictionary at {@code location}, a directory or one of its files; missing there is an error. */
    public static Lexicon at(Path location) {
        return new Lexicon(location, true);
    }

    /** Whether the check is switched off. */
    public boolean off() {
        return location == null;
    }

    /** How a user gets the dictionary, in one line. */
    public static String installHint() {
        return "sudo apt-get install " + DEBIAN_PACKAGE + ", or --lexicon DIR|FILE";
    }
}
