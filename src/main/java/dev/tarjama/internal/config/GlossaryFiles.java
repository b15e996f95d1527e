package dev.tarjama.internal.config;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.tarjama.ConfigurationException;
import dev.tarjama.TarjamaException;
import dev.tarjama.model.GlossaryEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A user's glossary file: CSV or TSV (by extension, or a tab in the first line), one term per row — source
 * term, rendering, optional note. A first row naming the columns ("source", "target"…) is skipped.
 */
public final class GlossaryFiles {
    private GlossaryFiles() {}

    /**
     * @param file  the file to read
     * @param shown the name the user gave it, for messages
     * @throws dev.tarjama.ConfigurationException when the file cannot be read or a row is malformed
     */
    public static List<GlossaryEntry> read(Path file, String shown) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigurationException("--glossary " + shown + ": no such file");
        } catch (IOException e) {
            throw new ConfigurationException("--glossary " + shown + ": cannot be read (" + e.getMessage() + ")");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        boolean tabs = shown.toLowerCase(Locale.ROOT).endsWith(".tsv") || firstLine.contains("\t");
        CsvMapper mapper = new CsvMapper()
                .enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
                .enable(CsvParser.Feature.TRIM_SPACES);
        CsvSchema schema =
                CsvSchema.emptySchema().withColumnSeparator(tabs ? '\t' : ',').withComments();
        if (tabs) {
            schema = schema.withoutQuoteChar();
        }
        List<GlossaryEntry> entries = new ArrayList<>();
        try (MappingIterator<String[]> rows =
                mapper.readerFor(String[].class).with(schema).readValues(text)) {
            int line = 0;
            while (rows.hasNext()) {
                String[] row = rows.next();
                line++;
                if (row.length == 0 || row.length == 1 && row[0].isBlank()) {
                    continue;
                }
                if (line == 1 && row[0].strip().equalsIgnoreCase("source")) {
                    continue;
                }
                if (row.length < 2 || row[0].isBlank() || row[1].isBlank()) {
                    throw new ConfigurationException(
                            "--glossary " + shown + ", row " + line + ": needs a source term and its rendering");
                }
                entries.add(new GlossaryEntry(
                        row[0].strip(), row[1].strip(), "other", row.length > 2 ? row[2].strip() : "", "user"));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof TarjamaException known) {
                throw known;
            }
            throw new ConfigurationException("--glossary " + shown + ": not valid CSV/TSV (" + e.getMessage() + ")");
        }
        return entries;
    }
}
