package dev.tarjama.internal.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.tarjama.ConfigurationException;
import java.io.IOException;
import java.nio.file.Path;

/** A YAML file that cannot be read, said in one line with where the problem is. */
final class YamlErrors {
    private YamlErrors() {}

    static ConfigurationException of(Path file, IOException e) {
        if (e instanceof JsonProcessingException parse) {
            JsonLocation at = parse.getLocation();
            String where = at != null && at.getLineNr() > 0
                    ? "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": "
                    : "";
            String problem = String.valueOf(parse.getOriginalMessage())
                    .lines()
                    .findFirst()
                    .orElse("")
                    .strip();
            return new ConfigurationException(file + ": " + where + "not valid YAML (" + problem + ")");
        }
        return new ConfigurationException(file + ": cannot be read (" + e.getMessage() + ")");
    }
}
