package dev.tarjama.internal.lexicon;

import dev.tarjama.ConfigurationException;
import dev.tarjama.Lexicon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The two files of a dictd database where a {@link Lexicon} points: a directory holding
 * {@code freedict-ara-eng.index} and {@code .dict.dz} (or {@code .dict}), or either file of a database.
 *
 * @param index the headword index
 * @param data  the entries, dictzip-compressed or plain
 */
public record LexiconFiles(Path index, Path data) {
    static final String DATABASE = "freedict-ara-eng";

    /**
     * The files {@code lexicon} names, or empty when the check is off or the default dictionary is not installed.
     *
     * @throws ConfigurationException when the user named a place that holds no dictionary
     */
    public static Optional<LexiconFiles> locate(Lexicon lexicon) {
        if (lexicon.off()) {
            return Optional.empty();
        }
        Optional<LexiconFiles> found = find(lexicon.location());
        if (found.isEmpty() && lexicon.required()) {
            throw new ConfigurationException(
                    "no Arabic–English dictionary at " + lexicon.location() + ": --lexicon wants a directory holding "
                            + DATABASE + ".index and " + DATABASE + ".dict.dz, or one of those files ("
                            + Lexicon.installHint() + ")");
        }
        return found;
    }

    private static Optional<LexiconFiles> find(Path location) {
        Path base;
        if (Files.isDirectory(location)) {
            base = location.resolve(DATABASE);
        } else {
            String name =
                    location.getFileName() == null ? "" : location.getFileName().toString();
            String stem = name.replaceFirst("\\.(index|dict\\.dz|dict)$", "");
            if (stem.equals(name)) {
                return Optional.empty();
            }
            base = location.resolveSibling(stem);
        }
        Path index = base.resolveSibling(base.getFileName() + ".index");
        for (String suffix : new String[] {".dict.dz", ".dict"}) {
            Path data = base.resolveSibling(base.getFileName() + suffix);
            if (Files.isRegularFile(index) && Files.isRegularFile(data)) {
                return Optional.of(new LexiconFiles(index, data));
            }
        }
        return Optional.empty();
    }

    /**
     * Reads the dictionary.
     *
     * @throws IOException when it cannot be read or is not a dictd database
     */
    public BilingualLexicon load() throws IOException {
        return BilingualLexicon.load(index, data);
    }
}
