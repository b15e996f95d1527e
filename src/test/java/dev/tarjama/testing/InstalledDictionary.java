package dev.tarjama.testing;

import dev.tarjama.Lexicon;
import dev.tarjama.internal.lexicon.BilingualLexicon;
import dev.tarjama.internal.lexicon.LexiconFiles;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Debian's FreeDict Arabic–English dictionary, which users install and the project never bundles. A test that needs
 * it fails with one line naming the package when it is missing ({@code ./test} installs it first). Loaded once for
 * every test of the JVM.
 */
public final class InstalledDictionary {
    private static final class Holder {
        static final BilingualLexicon LEXICON = load();
    }

    private InstalledDictionary() {}

    /** The installed dictionary, or the test is skipped (failed on CI) when it is not there. */
    public static BilingualLexicon require() {
        if (LexiconFiles.locate(Lexicon.installed()).isEmpty()) {
            SystemPackage.file(Lexicon.DEBIAN_DIRECTORY.resolve("freedict-ara-eng.index"), Lexicon.DEBIAN_PACKAGE);
        }
        return Holder.LEXICON;
    }

    private static BilingualLexicon load() {
        try {
            return LexiconFiles.locate(Lexicon.installed()).orElseThrow().load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
