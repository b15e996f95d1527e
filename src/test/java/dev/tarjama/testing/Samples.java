package dev.tarjama.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The sample articles in the repository's {@code samples/} directory. */
public final class Samples {
    private Samples() {}

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

    /**
     * A long article made of the sample's body paragraphs repeated, each copy made distinct by a leading count
     * ("(37)"), so every paragraph is its own request and its own cache entry.
     */
    public static String longArticle(int paragraphs) {
        java.util.List<String> body = codeRedText()
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("<b>") && l.length() > 80)
                .toList();
        StringBuilder text = new StringBuilder("<b>مقال طويل للاختبار</b>\n\n");
        for (int i = 1; i < paragraphs; i++) {
            text.append('(')
                    .append(i)
                    .append(") ")
                    .append(body.get(i % body.size()))
                    .append("\n\n");
        }
        return text.toString();
    }
}
