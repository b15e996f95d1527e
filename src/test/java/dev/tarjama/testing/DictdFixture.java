package dev.tarjama.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * A small dictd database written for a test, in the layout of FreeDict's ara–eng as Debian installs it: an index of
 * headword, base64 offset and base64 length, and the entries ("headword /ipa/" then numbered glosses) gzip-compressed.
 */
public final class DictdFixture {
    private static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private final Map<String, String[]> entries = new LinkedHashMap<>();

    /** Adds a headword with its glosses. */
    public DictdFixture entry(String headword, String... glosses) {
        entries.put(headword, glosses);
        return this;
    }

    /** Writes {@code freedict-ara-eng.index} and {@code .dict.dz} into {@code directory}; returns the directory. */
    public Path writeTo(Path directory) throws IOException {
        Files.createDirectories(directory);
        StringBuilder data = new StringBuilder("00-database-info\nA dictionary written by a test.\n");
        StringBuilder index = new StringBuilder();
        index.append("00-database-info\tA\t")
                .append(encode(utf8(data.toString())))
                .append('\n');
        for (Map.Entry<String, String[]> e : entries.entrySet()) {
            StringBuilder entry = new StringBuilder(e.getKey()).append(" /x/\n");
            String[] glosses = e.getValue();
            for (int i = 0; i < glosses.length; i++) {
                entry.append(glosses.length == 1 ? "" : (i + 1) + ". ")
                        .append(glosses[i])
                        .append('\n');
            }
            index.append(e.getKey())
                    .append('\t')
                    .append(encode(utf8(data.toString())))
                    .append('\t')
                    .append(encode(utf8(entry.toString())))
                    .append('\n');
            data.append(entry);
        }
        Files.writeString(directory.resolve("freedict-ara-eng.index"), index, StandardCharsets.UTF_8);
        try (OutputStream out =
                new GZIPOutputStream(Files.newOutputStream(directory.resolve("freedict-ara-eng.dict.dz")))) {
            out.write(data.toString().getBytes(StandardCharsets.UTF_8));
        }
        return directory;
    }

    private static int utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String encode(long value) {
        if (value == 0) {
            return "A";
        }
        StringBuilder out = new StringBuilder();
        for (long v = value; v > 0; v /= 64) {
            out.insert(0, DIGITS.charAt((int) (v % 64)));
        }
        return out.toString();
    }
}
