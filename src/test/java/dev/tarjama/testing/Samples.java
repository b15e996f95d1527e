package dev.tarjama.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The sample articles in the repository's {@code samples/} directory. */
public final class Samples {
    private Samples() {
    }

    public static Path codeRed() {
        Path path = Path.of("samples", "code-red.ar.txt").toAbsolutePath();
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("run the tests from the repository root: " + path + " is missing");
        }
        return path;
    }

    public static String codeRedText() {
        try {
            return Files.readString(codeRed(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the sample into {@code directory} under {@code name}. */
    public static Path copyCodeRed(Path directory, String name) {
        try {
            return Files.copy(codeRed(), directory.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
