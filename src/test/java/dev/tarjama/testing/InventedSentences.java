package dev.tarjama.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Sentences of news that no test source says (companies, governments, figures, places; 80–120 characters each),
 * appended to faithful translations to measure the addition check. Written for the project, in
 * {@code src/test/resources/checks/invented-sentences.txt}.
 */
public final class InventedSentences {
    private InventedSentences() {}

    public static List<String> all() {
        try (InputStream in = InventedSentences.class.getResourceAsStream("/checks/invented-sentences.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
